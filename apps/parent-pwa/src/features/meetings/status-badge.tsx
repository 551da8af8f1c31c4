import type { Meeting } from '../../api/types.ts';

const LABELS: Record<Meeting['status'], string> = {
  scheduled: 'Scheduled',
  cancelled: 'Cancelled',
  completed: 'Held',
  no_show: 'Missed',
};

/** A meeting the teacher ended for everyone reads "Ended" until its outcome is settled. */
export function StatusBadge({ meeting }: { meeting: Pick<Meeting, 'status' | 'endedAt'> }) {
  const ended = meeting.status === 'scheduled' && Boolean(meeting.endedAt);
  return (
    <span className={`badge badge-${ended ? 'completed' : meeting.status}`}>
      {ended ? 'Ended' : LABELS[meeting.status]}
    </span>
  );
}
