import { useId, useState, type ChangeEvent } from 'react';
import { describeError } from '@edutrack/web-kit';
import type { RosterReport } from '../../api/types.ts';
import { useImportRoster } from '../../api/use-directory.ts';
import { FormAlert } from '../../components/form/form-alert.tsx';
import { useToast } from '../../components/toast/toast-provider.tsx';
import { readTextFile } from '../../lib/read-text-file.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { RosterColumns } from './roster-columns.tsx';
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

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setReport(null);
    setProblem(null);
    setFile(null);
    if (!chosen) return;
    try {
      setFile({ name: chosen.name, csv: await readTextFile(chosen) });
    } catch {
      setProblem(`We couldn't read ${chosen.name}. Check that it is a CSV file and choose it again.`);
    }
  };

  const run = (dryRun: boolean) => {
    if (!file) return setProblem('Choose a CSV file first.');
    setProblem(null);
    importRoster.mutate(
      { branchId: branch.id, csv: file.csv, dryRun },
      {
        onSuccess: (result) => {
          setReport(result);
          if (result.applied) toast.show(`Imported ${file.name}.`);
        },
        onError: (error) => setProblem(describeError(error).message),
      },
    );
  };

  const previewed = report && !report.dryRun ? null : report;
  const canImport = Boolean(previewed && !previewed.issues.length && previewed.summary);
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
          <p className="hint">Preview the file first; Import is available once the preview shows no problems.</p>
        )}
      </div>
      {report && <RosterReportView report={report} />}
    </>
  );
}
