import { useState } from 'react';
import { formatDayAndClock } from '@edutrack/i18n';
import { describeError } from '@edutrack/web-kit';
import type { BookingDashboard, ReportScope } from '../../api/types.ts';
import { useNudgeFamilies } from '../../api/use-reports.ts';
import { DataTable } from '../../components/data-table.tsx';
import { useToast } from '../../components/toast/toast-provider.tsx';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { CsvDownloadButton } from './csv-download-button.tsx';
import { nudgeSummary } from './nudge-summary.ts';

/** Parents with a child who has no meeting yet, and a reminder to book (email, and push where allowed). */
export function NotBookedSection({
  families,
  timeZone,
  scope,
}: {
  families: BookingDashboard['notBooked'];
  timeZone: string;
  scope: ReportScope;
}) {
  const nudge = useNudgeFamilies();
  const style = useTimeStyle(timeZone);
  const toast = useToast();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const selected = families.filter((f) => chosen.has(f.guardianId)).map((f) => f.guardianId);

  const remind = (guardianIds: string[]) =>
    nudge.mutate(
      { ...scope, guardianIds },
      {
        onSuccess: (outcome) => {
          toast.show(nudgeSummary(outcome));
          setChosen(new Set());
        },
        onError: (error) => toast.show(describeError(error).message, 'error'),
      },
    );
  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section className="stack panel" aria-labelledby="not-booked-heading">
      <div className="page-heading">
        <h2 id="not-booked-heading">Families who have not booked ({families.length})</h2>
        <CsvDownloadButton scope={scope} report="not-booked" label="Download families who have not booked (CSV)" />
      </div>
      {families.length === 0 ? (
        <p>Every family has booked a meeting.</p>
      ) : (
        <>
          <p className="hint">
            A reminder is an email, and a notification on phones where the parent allowed them. Each family gets at most
            one reminder a day.
          </p>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={nudge.isPending || selected.length === 0}
              onClick={() => remind(selected)}
            >
              Remind selected ({selected.length})
            </button>
            <button
              type="button"
              className="button"
              disabled={nudge.isPending}
              onClick={() => remind(families.map((f) => f.guardianId))}
            >
              Remind all {families.length}
            </button>
          </div>
          <DataTable
            caption="Families who have not booked"
            columns={['Remind', 'Parent', 'Children without a meeting', 'Last reminded']}
            rows={families.map((f) => ({
              key: f.guardianId,
              cells: [
                <input
                  key="pick"
                  type="checkbox"
                  aria-label={`Remind ${f.guardianName}`}
                  checked={chosen.has(f.guardianId)}
                  onChange={() => toggle(f.guardianId)}
                />,
                <>
                  {f.guardianName}
                  <br />
                  <span className="muted small">{f.email}</span>
                </>,
                f.children.join(', '),
                f.lastNudgedAt ? formatDayAndClock(f.lastNudgedAt, style) : 'Not yet',
              ],
            }))}
          />
        </>
      )}
    </section>
  );
}
