import type { Meeting } from '../../api/types.ts';

const LABELS: Record<Meeting['status'], string> = {
  scheduled: 'Scheduled',
  cancelled: 'Cancelled',
  completed: 'Held',
  no_show: 'Missed',
};

export function StatusBadge({ status }: { status: Meeting['status'] }) {
  return <span className={`badge badge-${status}`}>{LABELS[status]}</span>;
}
