import { useUndeliveredEmails } from '../../api/use-notifications.ts';
import { DataTable } from '../../components/data-table.tsx';
import { formatDayAndClock } from '@edutrack/i18n';
import { QueryProblem } from '../../components/query-problem.tsx';
import { useTimeStyle } from '../../i18n/use-time-style.ts';

/** Admins: mail to their school's people that did not arrive, and what the mail server said. */
export function UndeliveredEmails() {
  const emails = useUndeliveredEmails();
  const style = useTimeStyle();
  return (
    <section className="stack panel" aria-labelledby="undelivered-heading">
      <h2 id="undelivered-heading">Email that did not arrive</h2>
      {emails.isError && <QueryProblem error={emails.error} onRetry={() => void emails.refetch()} />}
      {emails.data?.length === 0 && <p>All email to your school&apos;s parents and staff was delivered.</p>}
      {emails.data && emails.data.length > 0 && (
        <>
          <p className="hint">
            &quot;Refused&quot; mail will not be retried: check the address (correct it in the roster import) and ask
            the person to request the link again. &quot;Still trying&quot; mail is retried automatically for up to three
            days.
          </p>
          <DataTable
            caption="Email that did not arrive"
            columns={['Sent to', 'Subject', 'Status', 'Mail server said', 'Written']}
            rows={emails.data.map((m) => ({
              key: m.id,
              cells: [
                m.to,
                m.subject,
                m.status === 'failed' ? 'Refused' : `Still trying (${m.attempts} attempts)`,
                m.lastError ?? '',
                formatDayAndClock(m.createdAt, style),
              ],
            }))}
          />
        </>
      )}
    </section>
  );
}
