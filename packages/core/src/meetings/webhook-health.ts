import { sql } from 'drizzle-orm';
import { dailyWebhookHealth, type Executor } from '@edutrack/db';
import { adminBranchIds, type StaffActor } from '../actors.ts';
import { AppError } from '../errors.ts';
import type { MeetingDeps } from './meeting-deps.ts';

const ROW = 'daily';

/**
 * The scheduled check of our webhook at Daily: reads its state (`GET /webhooks`), re-activates it if
 * Daily's circuit breaker stopped it, and keeps what it found for admins. Attendance does not depend on
 * it (the sweep also reads Daily's meeting records), but live knock and presence updates do.
 */
export async function checkWebhookHealth(deps: MeetingDeps) {
  const now = deps.clock.now();
  const check = await deps.video.checkWebhook();
  const values = check.registered
    ? {
        state: check.state,
        failedCount: check.failedCount,
        problem: check.problem ?? null,
        ...(check.reactivated ? { reactivatedAt: now } : {}),
      }
    : {
        state: 'missing',
        failedCount: null,
        problem: 'No webhook is registered with Daily. Run `pnpm daily:webhook`.',
      };
  await deps.db
    .insert(dailyWebhookHealth)
    .values({ id: ROW, checkedAt: now, ...values })
    .onConflictDoUpdate({ target: dailyWebhookHealth.id, set: { checkedAt: now, ...values } });
  if (check.registered && check.reactivated)
    deps.log.warn({ state: check.state }, 'Daily webhook was stopped; re-activated');
  else if (values.problem) deps.log.warn({ state: values.state }, 'Daily webhook is not delivering');
  return check;
}

/** A correctly signed delivery the route answered 2xx but could not use: counted, never stored. */
export async function countSkippedWebhook(db: Executor, at: Date): Promise<void> {
  await db
    .insert(dailyWebhookHealth)
    .values({ id: ROW, skippedDeliveries: 1, lastSkippedAt: at })
    .onConflictDoUpdate({
      target: dailyWebhookHealth.id,
      set: { skippedDeliveries: sql`${dailyWebhookHealth.skippedDeliveries} + 1`, lastSkippedAt: at },
    });
}

/** For admins (staff portal): what the last check found. */
export async function getWebhookHealth(deps: MeetingDeps, staff: StaffActor) {
  if (adminBranchIds(staff).length === 0)
    throw new AppError('FORBIDDEN', 'Only branch admins can see the video service’s status.');
  const [row] = await deps.db.select().from(dailyWebhookHealth);
  return {
    state: row?.state ?? null,
    failedCount: row?.failedCount ?? null,
    checkedAt: row?.checkedAt?.toISOString() ?? null,
    reactivatedAt: row?.reactivatedAt?.toISOString() ?? null,
    problem: row?.problem ?? null,
    skippedDeliveries: row?.skippedDeliveries ?? 0,
    lastSkippedAt: row?.lastSkippedAt?.toISOString() ?? null,
  };
}
