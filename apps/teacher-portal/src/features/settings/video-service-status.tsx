import { useWebhookHealth } from '../../api/use-meetings.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { wallClockIn } from '../../lib/zoned-time.ts';

/** What each Daily webhook state means for an admin, in words. */
function describeState(state: string | null): string {
  if (state === null) return 'Not checked yet. The server checks every five minutes.';
  if (state === 'missing') return 'No webhook is registered with Daily.';
  if (state === 'ACTIVE' || state === '1') return 'Daily is sending live updates.';
  if (state === 'FAILED' || state === '0') return 'Daily had stopped sending live updates.';
  return `Daily reports the webhook as ${state.toLowerCase()}.`;
}

/**
 * Admins: the health of Daily's webhook (live knock and attendance updates). Attendance stays right
 * without it (the server also reads Daily's meeting records), but live updates are slower.
 */
export function VideoServiceStatus() {
  const { branch } = useWorkspace();
  const health = useWebhookHealth();
  if (health.isPending) return null;
  if (health.isError) return null;
  const h = health.data;
  const when = (iso: string) => {
    const { date, time } = wallClockIn(iso, branch.timeZone);
    return `${date} ${time}`;
  };
  return (
    <section className="stack panel" aria-labelledby="video-service-heading">
      <h2 id="video-service-heading">Video service</h2>
      <p>{describeState(h.state)}</p>
      {h.problem ? <p role="alert">{h.problem}</p> : null}
      <dl>
        {h.checkedAt ? (
          <>
            <dt>Last checked</dt>
            <dd>{when(h.checkedAt)}</dd>
          </>
        ) : null}
        {h.reactivatedAt ? (
          <>
            <dt>Last turned back on</dt>
            <dd>{when(h.reactivatedAt)}</dd>
          </>
        ) : null}
        <dt>Updates from Daily the server could not use</dt>
        <dd>{h.skippedDeliveries}</dd>
      </dl>
    </section>
  );
}
