import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { guardians } from './directory.ts';
import { appointments } from './scheduling.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * One more person a parent invited to a meeting (docs/decisions/017-meeting-guests.md): the child's
 * other parent, or a guest by email with a role ("Interpreter"). The emailed link carries a random
 * token of which only the hash is stored; it works for this meeting only, within its window, until
 * the invitation is withdrawn. At most one open invitation per meeting.
 */
export const meetingInvitations = pgTable(
  'meeting_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id, { onDelete: 'cascade' }),
    invitedById: uuid('invited_by_id')
      .notNull()
      .references(() => guardians.id, { onDelete: 'cascade' }),
    /** Set when the invitee is the child's other parent (they may also join from their own app). */
    guardianId: uuid('guardian_id').references(() => guardians.id, { onDelete: 'cascade' }),
    /** Where the link was sent. */
    email: text('email').notNull(),
    /** What the teacher is shown: "Interpreter", or "Parent" for the other parent. */
    roleLabel: text('role_label').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    withdrawnAt: ts('withdrawn_at'),
  },
  (t) => [
    uniqueIndex('meeting_invitations_token_key').on(t.tokenHash),
    uniqueIndex('meeting_invitations_one_open_key')
      .on(t.appointmentId)
      .where(sql`${t.withdrawnAt} IS NULL`),
    index('meeting_invitations_appointment_idx').on(t.appointmentId),
    check('meeting_invitations_role_label_length', sql`char_length(${t.roleLabel}) BETWEEN 1 AND 60`),
  ],
);
