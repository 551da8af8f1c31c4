import { formatClock } from '@edutrack/i18n';
import { useAttendance } from '../../api/use-meetings.ts';
import { DataTable } from '../../components/data-table.tsx';
import { useTimeStyle } from '../../i18n/use-time-style.ts';

const WHO = { teacher: 'Teacher', guardian: 'Parent', guest: 'Unknown guest', invitee: 'Invited guest' } as const;

function duration(seconds: number | null, stillThere: boolean): string {
  if (stillThere) return 'Still here';
  if (seconds === null) return '—';
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** The meeting's attendance: who was in the call or knocked, when, and for how long. */
export function AttendanceSection({ meetingId, timeZone }: { meetingId: string; timeZone: string }) {
  const attendance = useAttendance(meetingId);
  const style = useTimeStyle(timeZone);
  const rows = attendance.data ?? [];
  return (
    <section className="section" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">Attendance</h2>
      {attendance.isError ? (
        <p className="muted">Attendance could not be loaded just now.</p>
      ) : rows.length === 0 ? (
        <p className="muted">Nobody has joined the video call yet.</p>
      ) : (
        <DataTable
          caption="Who joined the video call"
          columns={['Who', 'Where', 'Joined', 'Left', 'Time']}
          rows={rows.map((r, i) => ({
            key: `${r.kind}-${r.joinedAt}-${i}`,
            cells: [
              `${r.name ?? 'No name'} (${WHO[r.role]})`,
              r.kind === 'participant' ? 'In the call' : 'Waiting room',
              formatClock(r.joinedAt, style),
              r.leftAt ? formatClock(r.leftAt, style) : '—',
              duration(r.durationSeconds, r.leftAt === null),
            ],
          }))}
        />
      )}
    </section>
  );
}
