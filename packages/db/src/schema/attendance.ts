import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { attendeeRole, presenceKind } from './enums.ts';
import { appointments } from './scheduling.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * One Daily session in a meeting's room: someone in the call (`participant`) or knocking in the
 * lobby (`waiting`). Filled from Daily's webhooks, and for a knocking parent also from the parent
 * app itself (an authenticated claim, so the teacher can see at once who the expected knocker is).
 */
export const meetingPresence = pgTable(
  'meeting_presence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id, { onDelete: 'cascade' }),
    kind: presenceKind('kind').notNull(),
    /** Daily's participant session id. */
    sessionId: text('session_id').notNull(),
    role: attendeeRole('role').notNull(),
    /** Our staff or guardian id, from a token the server minted; null for an unknown guest. */
    userId: uuid('user_id'),
    /** As the person appeared in the call (a guest types their own). */
    userName: text('user_name'),
    joinedAt: ts('joined_at').notNull(),
    leftAt: ts('left_at'),
    durationSeconds: integer('duration_seconds'),
    /** The row came from Daily (a webhook), not only from the parent app's claim. */
    confirmedByDaily: boolean('confirmed_by_daily').notNull().default(false),
  },
  (t) => [
    uniqueIndex('meeting_presence_kind_session_key').on(t.kind, t.sessionId),
    index('meeting_presence_open_idx')
      .on(t.appointmentId)
      .where(sql`${t.leftAt} IS NULL`),
    index('meeting_presence_appointment_idx').on(t.appointmentId, t.joinedAt),
  ],
);

/** Every verified Daily webhook, kept once by its event id: Daily may deliver twice or out of order. */
export const dailyWebhookEvents = pgTable('daily_webhook_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  payload: jsonb('payload').notNull(),
  receivedAt: ts('received_at').notNull().defaultNow(),
  processedAt: ts('processed_at'),
});

/**
 * Our Daily webhook as the scheduled check last saw it (one row, id `daily`), for admins: Daily stops
 * sending once its circuit breaker marks the webhook FAILED, so its state is watched, not assumed.
 * Also counts correctly signed deliveries the route answered 2xx but could not use (never their bodies).
 */
export const dailyWebhookHealth = pgTable('daily_webhook_health', {
  id: text('id').primaryKey(),
  /** Daily's `state` as given (`ACTIVE`, `FAILED`, `INACTIVE`, or a number in older answers), or `missing`. */
  state: text('state'),
  failedCount: integer('failed_count'),
  checkedAt: ts('checked_at'),
  reactivatedAt: ts('reactivated_at'),
  /** Why the last check or re-activation did not work, in words for an admin (never Daily's free text). */
  problem: text('problem'),
  skippedDeliveries: integer('skipped_deliveries').notNull().default(0),
  lastSkippedAt: ts('last_skipped_at'),
});
