import { Link, useRoute } from 'wouter';
import { describeError } from '@edutrack/web-kit';
import { useSignOut } from '../api/use-session.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { useToast } from '../components/toast/toast-provider.tsx';

function NavLink({ href, children }: { href: string; children: string }) {
  const [active] = useRoute(href === '/' ? '/' : `${href}/*?`);
  return (
    <Link href={href} className="nav-link" aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

export function AppHeader() {
  const { me, isAdmin, branch } = useWorkspace();
  const signOut = useSignOut();
  const toast = useToast();
  return (
    <header className="app-header">
      <div className="header-top">
        <p className="brand">
          EduTrack Meet <span className="muted">· {branch.name}</span>
        </p>
        <div className="header-user">
          <span className="muted small">Signed in as {me.displayName}</span>
          <button
            type="button"
            className="button small"
            disabled={signOut.isPending}
            onClick={() => signOut.mutate(undefined, { onError: (e) => toast.show(describeError(e).message, 'error') })}
          >
            Sign out
          </button>
        </div>
      </div>
      <nav aria-label="Main">
        <NavLink href="/">Agenda</NavLink>
        <NavLink href="/running-order">Running order</NavLink>
        <NavLink href="/meetings/new">Schedule a meeting</NavLink>
        <NavLink href="/availability">Availability</NavLink>
        {isAdmin && <NavLink href="/dashboard">Booking dashboard</NavLink>}
        <NavLink href="/evenings">Parents’ evenings</NavLink>
        {isAdmin && <NavLink href="/directory-import">Import directory</NavLink>}
        {isAdmin && <NavLink href="/settings">Branch settings</NavLink>}
      </nav>
    </header>
  );
}
