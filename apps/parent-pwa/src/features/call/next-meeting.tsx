import { formatTime, useNow } from '@edutrack/web-kit';
import { useUpcomingMeetings } from '../../api/use-meetings.ts';
import { JoinCallButton } from '../meetings/join-call-button.tsx';

/** Back-to-back meetings are this close (or closer): the next one is offered when a call ends. */
const BACK_TO_BACK_MS = 60 * 60_000;

/**
 * After a call ends, the parent's next meeting today, if it starts within the hour: "Next: Mr. Okafor
 * at 18:20" with its "Join Video Call", so a parent on an evening goes from one teacher to the next
 * from this one screen.
 */
export function NextMeeting({ after }: { after: string }) {
  const upcoming = useUpcomingMeetings();
  const now = useNow(10_000);
  const items = upcoming.data?.items ?? [];
  const current = items.find((m) => m.id === after);
  const next = items.find(
    (m) =>
      m.id !== after &&
      m.status === 'scheduled' &&
      !m.endedAt &&
      new Date(m.joinClosesAt) > now &&
      (!current || m.startsAt >= current.startsAt) &&
      new Date(m.startsAt).getTime() - now.getTime() < BACK_TO_BACK_MS,
  );
  if (!next) return null;
  const startsAt = next.runningLate?.expectedStartsAt ?? next.startsAt;
  return (
    <section className="next-meeting" aria-label="Your next meeting">
      <p>
        <strong>
          Next: {next.teacher.displayName} at {formatTime(startsAt, next.branch.timeZone)}
        </strong>
        , about {next.student.name}
      </p>
      <JoinCallButton meeting={next} />
    </section>
  );
}
