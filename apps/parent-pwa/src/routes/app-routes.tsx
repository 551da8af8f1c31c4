import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useT } from '@edutrack/i18n/react';
import { Route, Switch } from 'wouter';
import { ChunkErrorBoundary } from '../components/chunk-error-boundary.tsx';
import { ParentLayout, PlainLayout } from '../layout/parent-layout.tsx';
import { HomePage as HomeScreen } from '../features/meetings/home-page.tsx';
import { NotFoundPage } from '../layout/not-found-page.tsx';
import { RequireParent } from '../session/require-parent.tsx';
import { addCatalogs, type CatalogLoader } from '@edutrack/i18n/browser';
import {
  bookingCatalogs,
  eveningsCatalogs,
  guestCatalogs,
  guestsCatalogs,
  meetingsCatalogs,
  nextMeetingCatalogs,
  signInCatalogs,
} from '../i18n/catalogs.ts';

/**
 * A screen fetched when first opened, together with its messages (both precached by the service
 * worker, so offline too).
 */
function lazyScreen<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
  catalogs: CatalogLoader[] = [meetingsCatalogs],
) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), ...catalogs.map(addCatalogs)]);
    return { default: module[name] };
  });
}

// Home's code (what a signed-in parent opens) comes with the app, its messages with the screen, so a
// parent signing in fetches neither Home's nor any other screen's text. Every other screen on demand,
// the video call above all: daily-js lives in that chunk. Sign-in is needed once per device.
const HomePage = lazyScreen(() => Promise.resolve({ HomeScreen }), 'HomeScreen', [meetingsCatalogs]);
const SignInPage = lazyScreen(() => import('../features/sign-in/sign-in-page.tsx'), 'SignInPage', [signInCatalogs]);
// Booking lists the parents' evenings above the open times, so their messages come with it.
const BookRoutes = lazyScreen(() => import('../features/booking/book-routes.tsx'), 'BookRoutes', [
  bookingCatalogs,
  eveningsCatalogs,
]);
const MeetingPage = lazyScreen(() => import('../features/meetings/meeting-page.tsx'), 'MeetingPage', [
  meetingsCatalogs,
  guestsCatalogs,
]);
const ReschedulePage = lazyScreen(() => import('../features/booking/reschedule-page.tsx'), 'ReschedulePage', [
  bookingCatalogs,
]);
const CallScreen = lazyScreen(() => import('../features/call/call-screen.tsx'), 'CallScreen', [
  meetingsCatalogs,
  nextMeetingCatalogs,
]);
const GuestPage = lazyScreen(() => import('../features/guest/guest-page.tsx'), 'GuestPage', [guestCatalogs]);

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
