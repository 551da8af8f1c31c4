import { useState } from 'react';
import { describeError } from '@edutrack/web-kit';
import { useReportCsv } from '../../api/use-reports.ts';
import type { ReportKind, ReportScope } from '../../api/types.ts';
import { useToast } from '../../components/toast/toast-provider.tsx';

/** Saves one report as a CSV file (the server writes it, formula-safe). */
export function CsvDownloadButton({ scope, report, label }: { scope: ReportScope; report: ReportKind; label: string }) {
  const fetchCsv = useReportCsv();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { filename, csv } = await fetchCsv(scope, report);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      toast.show(describeError(error).message, 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="button small" disabled={busy} onClick={() => void download()}>
      {busy ? 'Preparing…' : label}
    </button>
  );
}
