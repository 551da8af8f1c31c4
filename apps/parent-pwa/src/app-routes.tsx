import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { ChunkErrorBoundary } from './components/chunk-error-boundary.tsx';
import { ParentLayout, PlainLayout } from './layout/parent-layout.tsx';
import { BookPage } from './pages/book-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { MeetingPage } from './pages/meeting-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { ReschedulePage } from './pages/reschedule-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';
import { RequireParent } from './session/require-parent.tsx';

// The video call is its own chunk: fetched when a parent opens a call, not with the first screen.
const CallScreen = lazy(() => import('./call/call-screen.tsx').then((m) => ({ default: m.CallScreen })));

function SignedIn({ children }: { children: ReactNode }) {
  return (
    <RequireParent>
      <ParentLayout>{children}</ParentLayout>
    </RequireParent>
  );
}

/** Paths are relative to the app's base (/parent). */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/sign-in" component={SignInPage} />
      <Route path="/">
        <SignedIn>
          <HomePage />
        </SignedIn>
      </Route>
      <Route path="/book">
        <SignedIn>
          <BookPage />
        </SignedIn>
      </Route>
      <Route path="/meetings/:id">
        <SignedIn>
          <MeetingPage />
        </SignedIn>
      </Route>
      <Route path="/meetings/:id/reschedule">
        <SignedIn>
          <ReschedulePage />
        </SignedIn>
      </Route>
      <Route path="/meetings/:id/call">
        {/* Full screen: no navigation bar to leave a call by accident. */}
        <RequireParent>
          <PlainLayout>
            <ChunkErrorBoundary>
              <Suspense fallback={<p role="status">Opening the call…</p>}>
                <CallScreen />
              </Suspense>
            </ChunkErrorBoundary>
          </PlainLayout>
        </RequireParent>
      </Route>
      <Route>
        <PlainLayout>
          <NotFoundPage />
        </PlainLayout>
      </Route>
    </Switch>
  );
}
