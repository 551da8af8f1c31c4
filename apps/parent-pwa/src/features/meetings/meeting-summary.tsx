import { useT } from '@edutrack/i18n/react';
import type { Meeting } from '../../api/types.ts';
import { MeetingTime } from '../../components/meeting-time.tsx';
import { RunningLateNote } from './running-late-note.tsx';
import { StatusBadge } from './status-badge.tsx';

/** What every view of a meeting shows: who, about whom, when, the topic and the status. */
export function MeetingSummary({ meeting }: { meeting: Meeting }) {
  const t = useT();
  return (
    <div className="meeting-summary">
      <p className="meeting-people">
        <StatusBadge meeting={meeting} />{' '}
        {t('meetings.withAbout', { teacher: meeting.teacher.displayName, student: meeting.student.name })}
      </p>
      <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} branch={meeting.branch} />
      {meeting.topic && <p className="topic">{t('meetings.topic', { topic: meeting.topic })}</p>}
      {meeting.runningLate && meeting.status === 'scheduled' && !meeting.endedAt && (
        <RunningLateNote meeting={meeting} late={meeting.runningLate} />
      )}
      {meeting.status === 'cancelled' && (
        <p className="cancelled-note">
          {meeting.cancelReason
            ? t('meetings.cancelledWithReason', { by: cancelledBy(meeting), reason: meeting.cancelReason })
            : t('meetings.cancelled', { by: cancelledBy(meeting) })}
        </p>
      )}
    </div>
  );
}

/** Who cancelled, as the `by` of the meetings.cancelled messages. */
function cancelledBy(meeting: Meeting): 'you' | 'guardian' | 'school' {
  if (meeting.cancelledByViewer) return 'you';
  return meeting.cancelledBy === 'guardian' ? 'guardian' : 'school';
}
