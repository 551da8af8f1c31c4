import { formatClock } from '@edutrack/i18n';
import { useT } from '@edutrack/i18n/react';
import type { Meeting } from '../../api/types.ts';
import { useTimeStyle } from '../../i18n/use-time-style.ts';

/** "Ms. Rivera is running about 10 minutes late": the teacher said so, and the new expected time. */
export function RunningLateNote({ meeting, late }: { meeting: Meeting; late: NonNullable<Meeting['runningLate']> }) {
  const t = useT();
  const style = useTimeStyle(meeting.branch);
  return (
    <p className="running-late" role="status">
      {t('meetings.runningLate', {
        teacher: meeting.teacher.displayName,
        minutes: late.minutes,
        time: formatClock(late.expectedStartsAt, style),
      })}
    </p>
  );
}
