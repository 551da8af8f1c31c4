import { useLocation } from 'wouter';
import { calendarDateIn } from '@edutrack/i18n';
import { ScheduleForm } from './schedule-form.tsx';

export function SchedulePage() {
  const [, navigate] = useLocation();
  return (
    <>
      <h1>Schedule a meeting</h1>
      <p className="muted">The parent gets an email with the time and a link to join from the parent app.</p>
      <ScheduleForm onScheduled={(m) => navigate(`/?day=${calendarDateIn(new Date(m.startsAt), m.branch.timeZone)}`)} />
    </>
  );
}
