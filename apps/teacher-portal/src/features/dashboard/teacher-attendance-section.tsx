import type { BookingDashboard, ReportScope } from '../../api/types.ts';
import { DataTable } from '../../components/data-table.tsx';
import { CsvDownloadButton } from './csv-download-button.tsx';

/** After the evening: who came, per teacher, from each meeting's settled outcome. */
export function TeacherAttendanceSection({
  attendance,
  scope,
}: {
  attendance: BookingDashboard['attendance'];
  scope: ReportScope;
}) {
  return (
    <section className="stack panel" aria-labelledby="attendance-heading">
      <div className="page-heading">
        <h2 id="attendance-heading">Attendance</h2>
        <CsvDownloadButton scope={scope} report="attendance" label="Download attendance (CSV)" />
      </div>
      {attendance.length === 0 ? (
        <p className="muted">No meetings yet.</p>
      ) : (
        <>
          <p className="hint">
            A meeting counts as held once the parent was let into the call, and as a no-show when its room closed (30
            minutes after the end) without them.
          </p>
          <DataTable
            caption="Attendance by teacher"
            columns={['Teacher', 'Held', 'No-show', 'Cancelled', 'Still to come or not settled']}
            rows={attendance.map((t) => ({
              key: t.teacherId,
              cells: [t.teacherName, t.held, t.noShow, t.cancelled, t.notYetSettled],
            }))}
          />
        </>
      )}
    </section>
  );
}
