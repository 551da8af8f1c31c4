import { Link, useLocation, useParams } from 'wouter';
import { useMeeting } from '../../api/use-meetings.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useShowNotice } from '../../layout/notice.tsx';
import { AddToCalendarButton } from './add-to-calendar-button.tsx';
import { CancelMeetingForm } from './cancel-meeting-form.tsx';
import { JoinCallButton } from './join-call-button.tsx';
import { MeetingSummary } from './meeting-summary.tsx';
import { MeetingGuestsSection } from '../guests/meeting-guests-section.tsx';
import { useNow } from '@edutrack/web-kit';

/** One meeting: join, add to the calendar, invite one more person, and (before it starts) move or cancel it. */
export function MeetingPage() {
  const { id } = useParams<{ id: string }>();
  const meeting = useMeeting(id);
  const [, navigate] = useLocation();
  const showNotice = useShowNotice();
  const now = useNow(10_000);
  return (
    <>
      <PageHeading title="Meeting">Meeting details</PageHeading>
      <QueryView query={meeting} what="this meeting">
        {(m) => {
          const upcoming = m.status === 'scheduled' && new Date(m.joinClosesAt) > now;
          return (
            <div className="stack">
              <MeetingSummary meeting={m} />
              {upcoming && <JoinCallButton meeting={m} />}
              {upcoming && <AddToCalendarButton meeting={m} />}
              {upcoming && <MeetingGuestsSection meeting={m} />}
              {m.permissions.reschedule && (
                <Link href={`/meetings/${m.id}/reschedule`} className="button secondary">
                  Choose another time
                </Link>
              )}
              {m.permissions.cancel && (
                <CancelMeetingForm
                  meeting={m}
                  onCancelled={() => {
                    showNotice(`Your meeting with ${m.teacher.displayName} is cancelled. We've let them know.`, '/');
                    navigate('/');
                  }}
                />
              )}
              {m.status === 'scheduled' && !m.permissions.reschedule && m.permissions.cancel && (
                <p className="hint">
                  The school set this time. To move it, contact {m.teacher.displayName} or the school office.
                </p>
              )}
              <Link href="/">Back to my meetings</Link>
            </div>
          );
        }}
      </QueryView>
    </>
  );
}
