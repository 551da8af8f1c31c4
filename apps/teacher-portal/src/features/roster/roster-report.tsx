import type { RosterReport, RosterSummary } from '../../api/types.ts';
import { DataTable } from '../../components/data-table.tsx';

const SUMMARY_LABELS: [keyof RosterSummary, string][] = [
  ['studentsCreated', 'New children'],
  ['studentsRenamed', 'Children renamed'],
  ['guardiansCreated', 'New parents'],
  ['parentLinksAdded', 'Parent–child links added'],
  ['classesCreated', 'New classes'],
  ['yearGroupsChanged', 'Classes given a new year group'],
  ['classPlacesAdded', 'Children added to classes'],
  ['teachersCreated', 'New teachers (invited by email)'],
  ['teachersAddedToBranch', 'Teachers added to the branch'],
  ['classTeachersAdded', 'Teachers added to classes'],
];

/** A preview's or an import's outcome: the counts, or every problem with its line and column. */
export function RosterReportView({ report }: { report: RosterReport }) {
  const rows = `${report.rowCount} ${report.rowCount === 1 ? 'row' : 'rows'}`;
  if (report.issues.length) {
    return (
      <section aria-labelledby="roster-issues-heading" className="result">
        <h2 id="roster-issues-heading">
          {report.issues.length} {report.issues.length === 1 ? 'problem' : 'problems'} to fix
        </h2>
        <p>Nothing was imported. Fix these in the file ({rows}), then choose it again and preview.</p>
        <DataTable
          caption="Problems in the file"
          columns={['Line', 'Column', 'Problem']}
          rows={report.issues.map((issue, i) => ({
            key: `${issue.line}-${issue.column ?? ''}-${i}`,
            cells: [issue.line, issue.column ? <code>{issue.column}</code> : '—', issue.message],
          }))}
        />
      </section>
    );
  }
  return (
    <section aria-labelledby="roster-summary-heading" className="result">
      <h2 id="roster-summary-heading">{report.applied ? `Imported ${rows}` : `Preview: ${rows}, no problems`}</h2>
      <p>
        {report.applied
          ? 'The directory is up to date.'
          : 'Nothing has changed yet. This is exactly what importing will do:'}
      </p>
      {report.summary && (
        <dl className="counts">
          {SUMMARY_LABELS.map(([key, label]) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd>{report.summary![key]}</dd>
            </div>
          ))}
        </dl>
      )}
      {report.yearGroupChanges.length > 0 && (
        <DataTable
          caption="Classes in a new year group"
          columns={['Line', 'Class', 'Year group before', 'Year group after']}
          rows={report.yearGroupChanges.map((c) => ({
            key: c.className,
            cells: [c.line, c.className, c.from ?? '—', c.to],
          }))}
        />
      )}
    </section>
  );
}
