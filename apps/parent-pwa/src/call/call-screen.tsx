import { Link, useParams } from 'wouter';
import { useMeeting } from '../api/use-meetings.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { QueryView } from '../components/query-view.tsx';
import { MeetingSummary } from '../meetings/meeting-summary.tsx';

/**
 * The call route, loaded on demand (React.lazy in app-routes.tsx) so the video code (daily-js,
 * added with the device check and knock screen) never weighs on the first screen.
 * For now it shows which meeting this is and the way back.
 */
export function CallScreen() {
  const { id } = useParams<{ id: string }>();
  const meeting = useMeeting(id);
  return (
    <div className="stack">
      <PageHeading title="Video call">Video call</PageHeading>
      <QueryView query={meeting} what="this meeting">
        {(m) => <MeetingSummary meeting={m} />}
      </QueryView>
      <Link href="/" className="button secondary">
        Back to my meetings
      </Link>
    </div>
  );
}
