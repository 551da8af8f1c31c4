import { formatTime } from '@edutrack/web-kit';
import type { PublishResult } from '../../api/types.ts';

/** What publishing did: how many slots parents can now book, and which were left out and why. */
export function PublishResultNote({ result, zone }: { result: PublishResult; zone: string }) {
  const created = result.created.length;
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
                {formatTime(s.startsAt, zone)}–{formatTime(s.endsAt, zone)}: {s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
