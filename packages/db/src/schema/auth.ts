import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { guardians, schools, staffUsers } from './directory.ts';
import { actorKind, calendarMethod, emailStatus, loginTokenPurpose } from './enums.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A signed-in device. The cookie holds a random token; only its SHA-256 is stored here, so a
 * leaked table cannot be replayed as cookies. Logout deletes the row.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userKind: actorKind('user_kind').notNull(),
    staffId: uuid('staff_id').references(() => staffUsers.id, { onDelete: 'cascade' }),
    guardianId: uuid('guardian_id').references(() => guardians.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [
    check(
      'sessions_one_user',
      sql`(${t.userKind} = 'staff' AND ${t.staffId} IS NOT NULL AND ${t.guardianId} IS NULL)
       OR (${t.userKind} = 'guardian' AND ${t.guardianId} IS NOT NULL AND ${t.staffId} IS NULL)`,
    ),
    index('sessions_staff_idx').on(t.staffId),
    index('sessions_guardian_idx').on(t.guardianId),
  ],
);

/** Single-use links sent by email: a parent's sign-in, or a new staff member's set-password invite. */
export const loginTokens = pgTable(
  'login_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purpose: loginTokenPurpose('purpose').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    guardianId: uuid('guardian_id').references(() => guardians.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id').references(() => staffUsers.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
  },
  (t) => [check('login_tokens_one_user', sql`(${t.guardianId} IS NULL) <> (${t.staffId} IS NULL)`)],
);

/**
 * Outgoing mail, and the delivery queue: each row is written in the transaction of the change that
 * caused it, together with a `mail:deliver` job; the job hands it to SMTP and records the outcome.
 */
export const outboxEmails = pgTable(
  'outbox_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The school the mail is about, so its admins see undelivered mail (null: not tied to one). */
    schoolId: uuid('school_id').references(() => schools.id, { onDelete: 'cascade' }),
    /** Which template wrote it (sign-in-link, meeting-scheduled, reminder, ...): for admins and logs. */
    kind: text('kind').notNull().default('other'),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    bodyHtml: text('body_html'),
    calendarMethod: calendarMethod('calendar_method'),
    calendarIcs: text('calendar_ics'),
    status: emailStatus('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** The last failure as SMTP reported it (code and text), never an address. */
    lastError: text('last_error'),
    sentAt: ts('sent_at'),
    failedAt: ts('failed_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('outbox_emails_school_status_idx').on(t.schoolId, t.status, t.createdAt)],
);

/**
 * Counters for rate-limiter-flexible's RateLimiterDrizzle (sign-in attempts, magic-link requests),
 * in Postgres so every server instance sees the same counts.
 */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull().default(0),
  expire: ts('expire'),
});
