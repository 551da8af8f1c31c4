import type { BookingDashboard, ReportScope } from '../../api/types.ts';
import { DataTable } from '../../components/data-table.tsx';
import { CsvDownloadButton } from './csv-download-button.tsx';

const share = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : '–');
const booked = (part: number, whole: number) => `${part} of ${whole} (${share(part, whole)})`;

/** How far booking has got: overall, per teacher (their classes' children), per year group and per class. */
export function BookingProgressSection({
  progress,
  scope,
}: {
  progress: BookingDashboard['progress'];
  scope: ReportScope;
}) {
  const { overall } = progress;
  return (
    <section className="stack panel" aria-labelledby="progress-heading">
      <div className="page-heading">
        <h2 id="progress-heading">Booking progress</h2>
        <CsvDownloadButton scope={scope} report="booking-progress" label="Download booking progress (CSV)" />
      </div>
      <p>
        <strong>{booked(overall.childrenBooked, overall.children)}</strong> children have a meeting booked (
        {overall.meetings} meetings in all).
      </p>
      <progress max={overall.children || 1} value={overall.childrenBooked} aria-label="Children with a meeting" />
      <h3>By teacher</h3>
      {progress.teachers.length === 0 ? (
        <p className="muted">No teacher has classes or meetings here yet.</p>
      ) : (
        <DataTable
          caption="Booking progress by teacher"
          columns={['Teacher', 'Children in their classes with a meeting', 'Meetings booked']}
          rows={progress.teachers.map((t) => ({
            key: t.teacherId,
            cells: [t.teacherName, booked(t.childrenBooked, t.children), t.meetings],
          }))}
        />
      )}
      <h3>By year group</h3>
      {progress.yearGroups.length === 0 ? (
        <p className="muted">No class has a year group yet. Add a year_group column to the directory import.</p>
      ) : (
        <DataTable
          caption="Booking progress by year group"
          columns={['Year group', 'Children with a meeting']}
          rows={progress.yearGroups.map((y) => ({ key: y.id, cells: [y.name, booked(y.childrenBooked, y.children)] }))}
        />
      )}
      <h3>By class</h3>
      {progress.classes.length === 0 ? (
        <p className="muted">No classes yet. Import the directory to add them.</p>
      ) : (
        <DataTable
          caption="Booking progress by class"
          columns={['Class', 'Children with a meeting']}
          rows={progress.classes.map((c) => ({ key: c.id, cells: [c.name, booked(c.childrenBooked, c.children)] }))}
        />
      )}
    </section>
  );
}
