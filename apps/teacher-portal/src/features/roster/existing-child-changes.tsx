import { useId } from 'react';
import type { RosterReport } from '../../api/types.ts';

/**
 * What an import would change about children already in the directory: each rename and each new
 * parent link, by line. Those changes are applied only when the admin ticks the box (docs/decisions/013).
 */
export function ExistingChildChanges({
  report,
  confirmed,
  onConfirmedChange,
}: {
  report: RosterReport;
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
}) {
  const headingId = useId();
  const { renamed, newParentLinks } = report.changesToExistingChildren;
  if (!report.confirmationKey) return null;
  return (
    <section aria-labelledby={headingId} className="result">
      <h2 id={headingId}>Changes to children already in the directory</h2>
      <p>
        {report.needsConfirmation
          ? 'Nothing was imported: these changes were not confirmed, or the directory changed since your preview. Check them and confirm again.'
          : 'These rows change children who are already in the directory. Parents linked to a child see that child’s meetings, so check each one.'}
      </p>
      <ul>
        {renamed.map((r) => (
          <li key={`rename-${r.studentRef}`}>
            Line {r.line}: {r.from} ({r.studentRef}) would be renamed to {r.to}
          </li>
        ))}
        {newParentLinks.map((l) => (
          <li key={`link-${l.studentRef}-${l.guardianEmail}`}>
            Line {l.line}: {l.guardianName} ({l.guardianEmail}) would become a parent of {l.studentName} ({l.studentRef}
            )
          </li>
        ))}
      </ul>
      <label className="checkbox">
        <input type="checkbox" checked={confirmed} onChange={(e) => onConfirmedChange(e.target.checked)} /> I have
        checked these changes and want to apply them.
      </label>
    </section>
  );
}
