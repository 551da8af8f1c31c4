import { sql } from 'drizzle-orm';
import type { Executor } from '@edutrack/db';
import { enqueueJobPerRow } from '../jobs/enqueue-job.ts';
import { pushDeliveryJob } from './push-jobs.ts';
import type { PushNotification } from './push-sender.ts';

/** Queues a notification to every device of a parent, in the caller's transaction. */
export async function pushToGuardian(tx: Executor, guardianId: string, n: PushNotification): Promise<void> {
  await tx.execute(sql`WITH devices AS (SELECT id FROM push_subscriptions WHERE guardian_id = ${guardianId}::uuid)
    ${enqueueJobPerRow(pushDeliveryJob, sql`devices`, {
      subscriptionId: sql`id::text`,
      title: sql`${n.title}::text`,
      body: sql`${n.body}::text`,
      url: sql`${n.url}::text`,
      tag: sql`${n.tag}::text`,
    })}`);
}
