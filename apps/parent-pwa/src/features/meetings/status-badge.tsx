import { useT } from '@edutrack/i18n/react';
import type { Meeting } from '../../api/types.ts';

/** A meeting the teacher ended for everyone reads "Ended" until its outcome is settled. */
export function StatusBadge({ meeting }: { meeting: Pick<Meeting, 'status' | 'endedAt'> }) {
  const t = useT();
  const ended = meeting.status === 'scheduled' && Boolean(meeting.endedAt);
  return (
    <span className={`badge badge-${ended ? 'completed' : meeting.status}`}>
      {t('meetings.status', { status: ended ? 'ended' : meeting.status })}
    </span>
  );
}
