import { Route, Switch } from 'wouter';
import { useSession } from '../api/use-session.ts';
import { AppLayout } from '../layout/app-layout.tsx';
import { QueryProblem } from '../components/query-problem.tsx';
import { SetPasswordPage } from '../features/set-password/set-password-page.tsx';
import { SignInPage } from '../features/sign-in/sign-in-page.tsx';
import { WorkspaceProvider } from '../workspace/workspace-context.tsx';
import { SignedInRoutes } from './signed-in-routes.tsx';

/**
 * Public pages first; everything else needs a signed-in staff member. Signed out, any address shows
 * the sign-in page in place, so after signing in the person is where they meant to go.
 */
export function AppRoutes() {
  const { me, staff, expired } = useSession();
  return (
    <Switch>
      <Route path="/set-password" component={SetPasswordPage} />
      <Route>
        {me.isPending ? (
          <main className="page narrow" id="main">
            <p className="muted">Loading…</p>
          </main>
        ) : me.isError ? (
          <main className="page narrow" id="main">
            <h1>EduTrack Meet</h1>
            <QueryProblem error={me.error} onRetry={() => void me.refetch()} />
          </main>
        ) : !staff ? (
          <SignInPage sessionExpired={expired} />
        ) : (
          <WorkspaceProvider me={staff}>
            <AppLayout>
              <SignedInRoutes />
            </AppLayout>
          </WorkspaceProvider>
        )}
      </Route>
    </Switch>
  );
}
