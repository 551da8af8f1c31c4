import { formatTime } from '@edutrack/web-kit';
import type { Meeting } from '../../api/types.ts';

/** "Ms. Rivera is running about 10 minutes late": the teacher said so, and the new expected time. */
export function RunningLateNote({ meeting, late }: { meeting: Meeting; late: NonNullable<Meeting['runningLate']> }) {
  return (
    <p className="running-late" role="status">
      {meeting.teacher.displayName} is running about {late.minutes} minutes late. Expected start:{' '}
      {formatTime(late.expectedStartsAt, meeting.branch.timeZone)}.
    </p>
  );
}
