import type { MeetingStatus } from '../../lib/meeting-status.ts';

export function StatusBadge({ status }: { status: MeetingStatus }) {
  return <span className={`badge badge-${status.tone}`}>{status.label}</span>;
}
