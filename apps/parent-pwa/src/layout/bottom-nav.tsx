import { Link, useRoute } from 'wouter';

function NavLink({ href, children }: { href: string; children: string }) {
  const [active] = useRoute(href);
  return (
    <Link href={href} className="nav-link" aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** The main destinations, in the thumb zone at the bottom of the screen. */
export function BottomNav() {
  return (
    <nav aria-label="Main" className="bottom-nav">
      <NavLink href="/">My meetings</NavLink>
      <NavLink href="/book">Book a meeting</NavLink>
    </nav>
  );
}
