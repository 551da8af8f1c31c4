import { formatClock } from '@edutrack/i18n';
import { describeError } from '@edutrack/web-kit';
import type { Meeting } from '../../api/types.ts';
import { useReopenMeeting } from '../../api/use-meetings.ts';
import { FormAlert } from '../../components/form/form-alert.tsx';
import { useTimeStyle } from '../../i18n/use-time-style.ts';

/**
 * A meeting ended for everyone says so, and (until its room would have closed anyway) offers to
 * reopen it, for an end pressed by mistake.
 */
export function EndedMeetingSection({ meeting }: { meeting: Meeting }) {
  const reopen = useReopenMeeting();
  const style = useTimeStyle(meeting.branch.timeZone);
  if (!meeting.endedAt) return null;
  return (
    <section className="section" aria-labelledby="ended-heading">
      <h2 id="ended-heading">Ended for everyone</h2>
      <p>
        This meeting was ended for everyone at {formatClock(meeting.endedAt, style)}. Its video room is closed and
        nobody can join.
      </p>
      {meeting.permissions.reopen && (
        <>
          <p className="muted">
            Ended it by mistake? You can reopen the video room until {formatClock(meeting.joinClosesAt, style)}.
          </p>
          <FormAlert message={reopen.error ? describeError(reopen.error).message : null} />
          <button
            type="button"
            className="button"
            disabled={reopen.isPending}
            onClick={() => reopen.mutate({ id: meeting.id })}
          >
            {reopen.isPending ? 'Reopening…' : 'Reopen video room'}
          </button>
        </>
      )}
    </section>
  );
}
