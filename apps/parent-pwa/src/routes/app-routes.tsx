import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useT } from '@edutrack/i18n/react';
import { Route, Switch } from 'wouter';
import { ChunkErrorBoundary } from '../components/chunk-error-boundary.tsx';
import { ParentLayout, PlainLayout } from '../layout/parent-layout.tsx';
import { HomePage } from '../features/meetings/home-page.tsx';
import { NotFoundPage } from '../layout/not-found-page.tsx';
import { RequireParent } from '../session/require-parent.tsx';

/** A screen fetched when first opened (precached by the service worker, so offline too). */
function lazyScreen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

// Home (what a signed-in parent opens) loads with the app; every other screen on demand, the
// video call above all: daily-js will live in that chunk. Sign-in is needed once per device.
const SignInPage = lazyScreen(() => import('../features/sign-in/sign-in-page.tsx'), 'SignInPage');
const BookRoutes = lazyScreen(() => import('../features/booking/book-routes.tsx'), 'BookRoutes');
const MeetingPage = lazyScreen(() => import('../features/meetings/meeting-page.tsx'), 'MeetingPage');
const ReschedulePage = lazyScreen(() => import('../features/booking/reschedule-page.tsx'), 'ReschedulePage');
const CallScreen = lazyScreen(() => import('../features/call/call-screen.tsx'), 'CallScreen');
const GuestPage = lazyScreen(() => import('../features/guest/guest-page.tsx'), 'GuestPage');

function OnDemand({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <ChunkErrorBoundary>
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>{children}</Suspense>
    </ChunkErrorBoundary>
  );
}

function SignedIn({ children }: { children: ReactNode }) {
  return (
    <RequireParent>
      <ParentLayout>
        <OnDemand>{children}</OnDemand>
      </ParentLayout>
    </RequireParent>
  );
}

/** Paths are relative to the app's base (/parent). */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/sign-in">
        <OnDemand>
          <SignInPage />
        </OnDemand>
      </Route>
      <Route path="/">
        <SignedIn>
          <HomePage />
        </SignedIn>
      </Route>
      <Route path="/book/*?">
        <SignedIn>
          <BookRoutes />
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
            <OnDemand>
              <CallScreen />
            </OnDemand>
          </PlainLayout>
        </RequireParent>
      </Route>
      <Route path="/guest">
        {/* A parent's invitee, through their meeting link: no sign-in, no navigation. */}
        <PlainLayout>
          <OnDemand>
            <GuestPage />
          </OnDemand>
        </PlainLayout>
      </Route>
      <Route>
        <PlainLayout>
          <NotFoundPage />
        </PlainLayout>
      </Route>
    </Switch>
  );
}
