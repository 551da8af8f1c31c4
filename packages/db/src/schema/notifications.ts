import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sessions } from './auth.ts';
import { guardians, schools } from './directory.ts';
import { appointments } from './scheduling.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** A school's reminder choices; a school without a row uses the defaults (24 h and 1 h, email and push). */
export const reminderSettings = pgTable(
  'reminder_settings',
  {
    schoolId: uuid('school_id')
      .primaryKey()
      .references(() => schools.id, { onDelete: 'cascade' }),
    /** Minutes before the start, e.g. {1440, 60}. */
    offsetsMinutes: integer('offsets_minutes')
      .array()
      .notNull()
      .default(sql`'{1440,60}'::integer[]`),
    emailEnabled: boolean('email_enabled').notNull().default(true),
    pushEnabled: boolean('push_enabled').notNull().default(true),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [check('reminder_settings_offsets', sql`cardinality(${t.offsetsMinutes}) <= 5`)],
);

/**
 * One row per reminder that went out: meeting, offset and the start time it was for. The primary key
 * is what makes a reminder go once (two workers, a retried job); a moved meeting has a new start
 * time, so it gets its reminders again.
 */
export const reminderDeliveries = pgTable(
  'reminder_deliveries',
  {
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id, { onDelete: 'cascade' }),
    offsetMinutes: integer('offset_minutes').notNull(),
    startsAt: ts('starts_at').notNull(),
    sentAt: ts('sent_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.appointmentId, t.offsetMinutes, t.startsAt] })],
);

/**
 * A device that accepted push notifications. Tied to the parent's session on that device, so signing
 * out (which deletes the session) removes it; a push service answering 404/410 removes it too.
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    guardianId: uuid('guardian_id')
      .notNull()
      .references(() => guardians.id, { onDelete: 'cascade' }),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    endpoint: text('endpoint').notNull().unique(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('push_subscriptions_guardian_idx').on(t.guardianId)],
);
