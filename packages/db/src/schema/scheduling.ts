import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { actorKind, appointmentStatus, roomStatus } from './enums.ts';
import { branches, guardians, staffUsers, students } from './directory.ts';
import { eveningSlots, parentsEvenings } from './evenings.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Bookable time a teacher publishes (e.g. a conference evening of 10-minute slots).
 * A slot is booked while an active appointment points at it; cancelling frees it again.
 * A teacher's slots never overlap each other: exclusion constraint in migration 0001.
 */
export const availabilitySlots = pgTable(
  'availability_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    branchId: uuid('branch_id')
      .notNull()
      .references(() => branches.id, { onDelete: 'cascade' }),
    teacherId: uuid('teacher_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => staffUsers.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('availability_slots_positive_length', sql`${t.endsAt} > ${t.startsAt}`),
    index('availability_slots_teacher_start_idx').on(t.teacherId, t.startsAt),
  ],
);

/**
 * One parent-teacher meeting. "Active" means not cancelled and not ended for everyone: the exclusion
 * constraints (migrations 0001, 0003) keep a teacher's and a guardian's active appointments from
 * overlapping, so a meeting ended early frees the rest of its time.
 */
export const appointments = pgTable(
  'appointments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    branchId: uuid('branch_id')
      .notNull()
      .references(() => branches.id),
    teacherId: uuid('teacher_id')
      .notNull()
      .references(() => staffUsers.id),
    guardianId: uuid('guardian_id')
      .notNull()
      .references(() => guardians.id),
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.id),
    slotId: uuid('slot_id').references(() => availabilitySlots.id, { onDelete: 'set null' }),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    status: appointmentStatus('status').notNull().default('scheduled'),
    topic: text('topic'),
    createdByKind: actorKind('created_by_kind').notNull(),
    createdById: uuid('created_by_id').notNull(),
    /** Client-chosen key so a retried submit returns the first booking instead of a second one. */
    idempotencyKey: text('idempotency_key'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    cancelledAt: ts('cancelled_at'),
    cancelledByKind: actorKind('cancelled_by_kind'),
    cancelledById: uuid('cancelled_by_id'),
    cancelReason: text('cancel_reason'),
    /**
     * "End meeting for everyone": the video room is closed for good before its window would close.
     * Cleared again if the teacher reopens it (allowed until the window would have closed).
     */
    endedAt: ts('ended_at'),
    /** iCalendar SEQUENCE of the invite: raised on every move and on cancel, so calendars update the event. */
    calendarSequence: integer('calendar_sequence').notNull().default(0),
    /** Booked at a parents' evening: its slot (the lead's, for a joint meeting). */
    eveningId: uuid('evening_id').references(() => parentsEvenings.id, { onDelete: 'set null' }),
    eveningSlotId: uuid('evening_slot_id').references(() => eveningSlots.id, { onDelete: 'set null' }),
    /**
     * Who counts as one household for the evening's "one meeting per household" rule: the nil uuid
     * (the child's whole family) or the parent's id (separated parents book separately).
     */
    eveningHousehold: uuid('evening_household'),
  },
  (t) => [
    check('appointments_positive_length', sql`${t.endsAt} > ${t.startsAt}`),
    check('appointments_cancel_fields', sql`(${t.status} = 'cancelled') = (${t.cancelledAt} IS NOT NULL)`),
    uniqueIndex('appointments_idempotency_key')
      .on(t.createdByKind, t.createdById, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} IS NOT NULL`),
    uniqueIndex('appointments_active_slot_key')
      .on(t.slotId)
      .where(sql`${t.slotId} IS NOT NULL AND ${t.status} <> 'cancelled'`),
    uniqueIndex('appointments_active_evening_slot_key')
      .on(t.eveningSlotId)
      .where(sql`${t.eveningSlotId} IS NOT NULL AND ${t.status} <> 'cancelled'`),
    uniqueIndex('appointments_evening_household_key')
      .on(t.eveningId, t.teacherId, t.studentId, t.eveningHousehold)
      .where(sql`${t.eveningId} IS NOT NULL AND ${t.status} <> 'cancelled'`),
    index('appointments_teacher_start_idx').on(t.teacherId, t.startsAt),
    index('appointments_guardian_start_idx').on(t.guardianId, t.startsAt),
    index('appointments_student_start_idx').on(t.studentId, t.startsAt),
    index('appointments_branch_start_idx').on(t.branchId, t.startsAt),
  ],
);

/**
 * The Daily room of an appointment as we last made it: written by the room jobs only.
 * `nbf`/`exp` are the window we asked Daily for; `status` says whether the room exists there.
 */
export const appointmentRooms = pgTable(
  'appointment_rooms',
  {
    appointmentId: uuid('appointment_id')
      .primaryKey()
      .references(() => appointments.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    url: text('url'),
    nbf: ts('nbf').notNull(),
    exp: ts('exp').notNull(),
    status: roomStatus('status').notNull().default('pending'),
    lastError: text('last_error'),
    syncedAt: ts('synced_at'),
    /** Daily's meeting.started / meeting.ended for this room (the latest session). */
    meetingStartedAt: ts('meeting_started_at'),
    meetingEndedAt: ts('meeting_ended_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('appointment_rooms_name_key').on(t.name), index('appointment_rooms_status_idx').on(t.status)],
);
