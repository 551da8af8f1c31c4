import { formatClock } from '@edutrack/i18n';
import { useT } from '@edutrack/i18n/react';
import { useNow } from '@edutrack/web-kit';
import type { Meeting } from '../../api/types.ts';
import { useUpcomingMeetings } from '../../api/use-meetings.ts';
import { JoinCallButton } from '../meetings/join-call-button.tsx';
import { useTimeStyle } from '../../i18n/use-time-style.ts';

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
  return <NextMeetingOffer meeting={next} />;
}

function NextMeetingOffer({ meeting: next }: { meeting: Meeting }) {
  const t = useT();
  const style = useTimeStyle(next.branch);
  const startsAt = next.runningLate?.expectedStartsAt ?? next.startsAt;
  return (
    <section className="next-meeting" aria-label={t('nextMeeting.label')}>
      <p>
        <strong>
          {t('nextMeeting.next', {
            teacher: next.teacher.displayName,
            time: formatClock(startsAt, style),
            child: next.student.name,
          })}
        </strong>
      </p>
      <JoinCallButton meeting={next} />
    </section>
  );
}
