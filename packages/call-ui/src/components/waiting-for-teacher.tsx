import { deviceTimeZone, formatTime } from '@edutrack/web-kit';
import { type LoadTeacherPresence, useTeacherPresent } from '../knock/use-teacher-present.ts';
import { CallMessagePanel } from './call-message-panel.tsx';

/** The knock screen: who we wait for, whether they are in the call yet, and a way out. */
export function WaitingForTeacher({
  teacherName,
  onStop,
  loadTeacherPresence,
  pollMs,
  timeZone,
}: {
  teacherName: string;
  /** For the expected time when the teacher is running late (the branch's); the device's when absent. */
  timeZone?: string;
  onStop: () => void;
  loadTeacherPresence?: LoadTeacherPresence;
  pollMs?: number;
}) {
  const { present: teacherPresent, runningLate } = useTeacherPresent(loadTeacherPresence, pollMs);
  return (
    <CallMessagePanel
      title={`Waiting for ${teacherName} to let you in`}
      actions={
        <button type="button" className="etm-button" onClick={onStop}>
          Stop waiting
        </button>
      }
    >
      <p className="etm-presence" data-present={teacherPresent || undefined}>
        {teacherPresent
          ? `${teacherName} is in the call and can see that you are waiting.`
          : `${teacherName} is not here yet. They will see that you are waiting as soon as they join.`}
      </p>
      {runningLate && !teacherPresent && (
        <p className="etm-running-late" role="status">
          {teacherName} is running about {runningLate.minutes} minutes late. Expected start:{' '}
          {formatTime(runningLate.expectedStartsAt, timeZone ?? deviceTimeZone())}.
        </p>
      )}
      <p className="etm-hint">Keep this screen open. You will go into the call as soon as you are let in.</p>
    </CallMessagePanel>
  );
}
