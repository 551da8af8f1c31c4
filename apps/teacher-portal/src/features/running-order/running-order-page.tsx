import { Link } from 'wouter';
import type { RouterOutputs } from '@edutrack/api';
import { useRunningOrder } from '../../api/use-running-order.ts';
import { QueryProblem } from '../../components/query-problem.tsx';
import { RunningLateControl } from './running-late-control.tsx';
import { RunningOrderItem } from './running-order-item.tsx';
import { useServerNow } from './use-server-now.ts';

type Phase = RouterOutputs['staff']['meetings']['runningOrder']['items'][number]['phase'];

const SECTIONS: { phase: Phase; title: string }[] = [
  { phase: 'now', title: 'Now' },
  { phase: 'next', title: 'Next' },
  { phase: 'later', title: 'Later' },
  { phase: 'done', title: 'Done' },
];

/**
 * The teacher's night at a glance: the meeting now (with its timer), who is next and knocking, the
 * rest of the evening, and "I'm running late" for the families still to come.
 */
export function RunningOrderPage() {
  const order = useRunningOrder();
  const now = useServerNow(order.data?.now, order.dataUpdatedAt);
  return (
    <>
      <div className="page-heading">
        <h1>Running order</h1>
        <Link href="/meet-now" className="button">
          Meet now
        </Link>
      </div>
      <p className="muted">Today’s meetings in order. Each call ends at its slot’s end plus the branch’s handover.</p>
      <RunningLateControl current={order.data?.runningLate ?? null} />
      {order.isError ? (
        <QueryProblem error={order.error} onRetry={() => void order.refetch()} />
      ) : !order.data ? (
        <p className="muted">Loading today’s meetings…</p>
      ) : order.data.items.length === 0 ? (
        <p className="muted">You have no meetings today.</p>
      ) : (
        SECTIONS.map(({ phase, title }) => {
          const items = order.data.items.filter((item) => item.phase === phase);
          if (items.length === 0) return null;
          return (
            <section key={phase} className="section" aria-labelledby={`order-${phase}`}>
              <h2 id={`order-${phase}`}>{title}</h2>
              <ul className="meeting-list" aria-label={title}>
                {items.map((item) => (
                  <RunningOrderItem key={item.meeting.id} item={item} now={now} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </>
  );
}
