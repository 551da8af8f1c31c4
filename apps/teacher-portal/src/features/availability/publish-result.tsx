import { formatClockSpan } from '@edutrack/i18n';
import type { PublishResult } from '../../api/types.ts';
import { useTimeStyle } from '../../i18n/use-time-style.ts';

/** What publishing did: how many slots parents can now book, and which were left out and why. */
export function PublishResultNote({ result, zone }: { result: PublishResult; zone: string }) {
  const created = result.created.length;
  const style = useTimeStyle(zone);
  return (
    <div className="result" role="status">
      <p>
        {created
          ? `Published ${created} ${created === 1 ? 'slot' : 'slots'}. Parents can book them now.`
          : 'No new slots were published.'}
      </p>
      {result.skipped.length > 0 && (
        <>
          <p>
            {result.skipped.length} {result.skipped.length === 1 ? 'slot was' : 'slots were'} left out:
          </p>
          <ul>
            {result.skipped.map((s) => (
              <li key={s.startsAt}>
                {formatClockSpan(s.startsAt, s.endsAt, style)}: {s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
