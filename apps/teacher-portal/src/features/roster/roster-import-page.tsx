import { useId, useState, type ChangeEvent } from 'react';
import { describeError } from '@edutrack/web-kit';
import type { RosterReport } from '../../api/types.ts';
import { useImportRoster } from '../../api/use-directory.ts';
import { FormAlert } from '../../components/form/form-alert.tsx';
import { useToast } from '../../components/toast/toast-provider.tsx';
import { readTextFile } from '../../lib/read-text-file.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { RosterColumns } from './roster-columns.tsx';
import { ExistingChildChanges } from './existing-child-changes.tsx';
import { RosterReportView } from './roster-report.tsx';

/** Admins: choose a roster CSV, preview exactly what it would do, then import it. */
export function RosterImportPage() {
  const { branch } = useWorkspace();
  const importRoster = useImportRoster();
  const toast = useToast();
  const fileId = useId();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [report, setReport] = useState<RosterReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setReport(null);
    setProblem(null);
    setFile(null);
    setConfirmed(false);
    if (!chosen) return;
    try {
      setFile({ name: chosen.name, csv: await readTextFile(chosen) });
    } catch {
      setProblem(`We couldn't read ${chosen.name}. Check that it is a CSV file and choose it again.`);
    }
  };

  // A refused import (its changes to existing children unconfirmed) is a fresh preview to confirm.
  const previewed = report && (report.dryRun || report.needsConfirmation) ? report : null;
  const canImport = Boolean(
    previewed && !previewed.issues.length && previewed.summary && (!previewed.confirmationKey || confirmed),
  );
  const run = (dryRun: boolean) => {
    if (!file) return setProblem('Choose a CSV file first.');
    setProblem(null);
    const confirmedChanges = !dryRun && confirmed ? (previewed?.confirmationKey ?? undefined) : undefined;
    importRoster.mutate(
      { branchId: branch.id, csv: file.csv, dryRun, confirmedChanges },
      {
        onSuccess: (result) => {
          setReport(result);
          if (result.dryRun || result.needsConfirmation) setConfirmed(false);
          if (result.applied) toast.show(`Imported ${file.name}.`);
        },
        onError: (error) => setProblem(describeError(error).message),
      },
    );
  };

  return (
    <>
      <h1>Import directory</h1>
      <p>Add children, parents, classes and teachers to {branch.name} from your school information system’s export.</p>
      <RosterColumns />
      <div className="stack panel">
        <div className="field">
          <label htmlFor={fileId}>Roster file (CSV)</label>
          <input id={fileId} type="file" accept=".csv,text/csv" onChange={(e) => void chooseFile(e)} />
        </div>
        <FormAlert message={problem} />
        <div className="actions">
          <button type="button" className="button" disabled={!file || importRoster.isPending} onClick={() => run(true)}>
            {importRoster.isPending && importRoster.variables?.dryRun ? 'Checking…' : 'Preview import'}
          </button>
          <button
            type="button"
            className="button primary"
            disabled={!canImport || importRoster.isPending}
            onClick={() => run(false)}
          >
            {importRoster.isPending && !importRoster.variables?.dryRun ? 'Importing…' : 'Import'}
          </button>
        </div>
        {!canImport && !report?.applied && (
          <p className="hint">
            Preview the file first; Import is available once the preview shows no problems
            {previewed?.confirmationKey ? ' and you have confirmed the changes to existing children' : ''}.
          </p>
        )}
      </div>
      {previewed && <ExistingChildChanges report={previewed} confirmed={confirmed} onConfirmedChange={setConfirmed} />}
      {report && <RosterReportView report={report} />}
    </>
  );
}
