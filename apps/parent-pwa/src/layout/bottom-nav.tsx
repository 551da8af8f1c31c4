import { useT } from '@edutrack/i18n/react';
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
  const t = useT();
  return (
    <nav aria-label={t('layout.mainNavigation')} className="bottom-nav">
      <NavLink href="/">{t('layout.myMeetings')}</NavLink>
      <NavLink href="/book">{t('layout.bookMeeting')}</NavLink>
    </nav>
  );
}
