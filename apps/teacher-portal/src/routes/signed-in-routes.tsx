import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { AgendaPage } from '../features/agenda/agenda-page.tsx';
import { AvailabilityPage } from '../features/availability/availability-page.tsx';
import { DashboardPage } from '../features/dashboard/dashboard-page.tsx';
import { MeetingDetailPage } from '../features/meetings/meeting-detail-page.tsx';
import { NotFoundPage } from '../layout/not-found-page.tsx';
import { RosterImportPage } from '../features/roster/roster-import-page.tsx';
import { SchedulePage } from '../features/schedule/schedule-page.tsx';
import { BranchSettingsPage } from '../features/settings/branch-settings-page.tsx';
import { MeetNowPage } from '../features/running-order/meet-now-page.tsx';
import { RunningOrderPage } from '../features/running-order/running-order-page.tsx';
import { EveningsPage } from '../features/evenings/evenings-page.tsx';
import { ManageEveningPage } from '../features/evenings/manage-evening-page.tsx';
import { MyEveningPage } from '../features/evenings/my-evening-page.tsx';
import { NewEveningPage } from '../features/evenings/new-evening-page.tsx';
import { useWorkspace } from '../workspace/workspace-context.tsx';

// The call screen brings daily-js and the call UI: loaded only when someone opens a call.
const CallPage = lazy(() => import('../features/call/call-page.tsx').then((m) => ({ default: m.CallPage })));

export function SignedInRoutes() {
  const { isAdmin } = useWorkspace();
  return (
    <Switch>
      <Route path="/" component={AgendaPage} />
      <Route path="/meetings/new" component={SchedulePage} />
      <Route path="/running-order" component={RunningOrderPage} />
      <Route path="/meet-now" component={MeetNowPage} />
      <Route path="/meetings/:id/call">
        {(params) => (
          <Suspense fallback={<p className="muted">Opening the video call…</p>}>
            <CallPage id={params.id} />
          </Suspense>
        )}
      </Route>
      <Route path="/meetings/:id">{(params) => <MeetingDetailPage id={params.id} />}</Route>
      <Route path="/availability" component={AvailabilityPage} />
      {/* Everyone reaches it: a teacher is told it is for admins rather than shown "not found". */}
      <Route path="/dashboard" component={DashboardPage} />
      <Route path="/evenings" component={EveningsPage} />
      {isAdmin && <Route path="/evenings/new" component={NewEveningPage} />}
      {isAdmin && (
        <Route path="/evenings/:id/teachers/:teacherId">
          {(params) => <MyEveningPage eveningId={params.id} teacherId={params.teacherId} />}
        </Route>
      )}
      <Route path="/evenings/:id">
        {(params) => (isAdmin ? <ManageEveningPage eveningId={params.id} /> : <MyEveningPage eveningId={params.id} />)}
      </Route>
      {isAdmin && <Route path="/directory-import" component={RosterImportPage} />}
      {isAdmin && <Route path="/settings" component={BranchSettingsPage} />}
      <Route component={NotFoundPage} />
    </Switch>
  );
}
