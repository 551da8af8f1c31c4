import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { branches, guardians, staffUsers, students } from './directory.ts';
import { appointments } from './scheduling.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** "One meeting per household": a child sees a teacher once; "per parent": separated parents each book. */
export const eveningHouseholdMode = pgEnum('evening_household_mode', ['one_per_household', 'per_parent']);

/**
 * A proposal's 2-minute hold, a waiting-list offer (longer), or booked (expiry 'infinity' until the
 * meeting is cancelled; see docs/decisions/014-parents-evenings.md).
 */
export const eveningHoldKind = pgEnum('evening_hold_kind', ['proposal', 'offer', 'booked']);

export const waitlistStatus = pgEnum('evening_waitlist_status', ['waiting', 'offered', 'booked', 'passed', 'left']);

/** A parents' evening of one branch: its slot grid and its booking rules. */
export const parentsEvenings = pgTable(
  'parents_evenings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    branchId: uuid('branch_id')
      .notNull()
      .references(() => branches.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    slotMinutes: integer('slot_minutes').notNull(),
    gapMinutes: integer('gap_minutes').notNull().default(0),
    /**
     * The classes it is for: these, plus every class in `yearGroups`; both empty: every class of the
     * branch. Default teachers are theirs (docs/decisions/014-parents-evenings.md).
     */
    classIds: uuid('class_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    yearGroups: text('year_groups')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    opensAt: ts('opens_at').notNull(),
    /** Families with early access (chosen, or flagged by a teacher) may book from here. */
    earlyAccessOpensAt: ts('early_access_opens_at'),
    /** Null: each session closes 24 hours before it starts. */
    closesAt: ts('closes_at'),
    perParentLimit: integer('per_parent_limit'),
    perChildLimit: integer('per_child_limit'),
    householdMode: eveningHouseholdMode('household_mode').notNull().default('one_per_household'),
    parentsMayChangeAfterClose: boolean('parents_may_change_after_close').notNull().default(false),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => staffUsers.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('parents_evenings_slot_minutes', sql`${t.slotMinutes} BETWEEN 4 AND 15`),
    check('parents_evenings_gap_minutes', sql`${t.gapMinutes} BETWEEN 0 AND 30`),
    index('parents_evenings_branch_idx').on(t.branchId),
  ],
);

export const eveningSessions = pgTable(
  'evening_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eveningId: uuid('evening_id')
      .notNull()
      .references(() => parentsEvenings.id, { onDelete: 'cascade' }),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
  },
  (t) => [
    check('evening_sessions_positive_length', sql`${t.endsAt} > ${t.startsAt}`),
    index('evening_sessions_evening_idx').on(t.eveningId, t.startsAt),
  ],
);

/** A participating teacher, with optional overrides of the evening's slot length and sessions. */
export const eveningTeachers = pgTable(
  'evening_teachers',
  {
    eveningId: uuid('evening_id')
      .notNull()
      .references(() => parentsEvenings.id, { onDelete: 'cascade' }),
    teacherId: uuid('teacher_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    slotMinutes: integer('slot_minutes'),
    /** Null: every session of the evening. */
    sessionIds: uuid('session_ids').array(),
  },
  (t) => [
    primaryKey({ columns: [t.eveningId, t.teacherId] }),
    index('evening_teachers_teacher_idx').on(t.teacherId),
    check('evening_teachers_slot_minutes', sql`${t.slotMinutes} IS NULL OR ${t.slotMinutes} BETWEEN 4 AND 15`),
  ],
);

/** 2-3 teachers met as one meeting (e.g. form tutor and SEN lead); the first is the lead (its slot grid). */
export const eveningJointMeetings = pgTable(
  'evening_joint_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eveningId: uuid('evening_id')
      .notNull()
      .references(() => parentsEvenings.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    teacherIds: uuid('teacher_ids').array().notNull(),
  },
  (t) => [
    check('evening_joint_meetings_size', sql`cardinality(${t.teacherIds}) BETWEEN 2 AND 3`),
    index('evening_joint_meetings_evening_idx').on(t.eveningId),
  ],
);

/** Children whose families may book before general opening (e.g. SEN), chosen by an admin. */
export const eveningEarlyAccess = pgTable(
  'evening_early_access',
  {
    eveningId: uuid('evening_id')
      .notNull()
      .references(() => parentsEvenings.id, { onDelete: 'cascade' }),
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.eveningId, t.studentId] })],
);

/** "Need to see": a teacher asks a family first (early access plus an invitation). */
export const eveningFlags = pgTable(
  'evening_flags',
  {
    eveningId: uuid('evening_id')
      .notNull()
      .references(() => parentsEvenings.id, { onDelete: 'cascade' }),
    teacherId: uuid('teacher_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eveningId, t.teacherId, t.studentId] })],
);

/**
 * One teacher's slot on the evening's grid. Free when not unavailable, not held by a live hold
 * (`hold_expires_at` compared with the clock's now: holds lapse by themselves, no job) and the
 * teacher has no active meeting overlapping it (appointment_teachers, which also covers joint ones).
 */
export const eveningSlots = pgTable(
  'evening_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eveningId: uuid('evening_id')
      .notNull()
      .references(() => parentsEvenings.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => eveningSessions.id, { onDelete: 'cascade' }),
    teacherId: uuid('teacher_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    /** A break or a slot the teacher marked unavailable. */
    unavailable: boolean('unavailable').notNull().default(false),
    heldBy: uuid('held_by').references(() => guardians.id, { onDelete: 'set null' }),
    heldFor: uuid('held_for').references(() => students.id, { onDelete: 'set null' }),
    holdKind: eveningHoldKind('hold_kind'),
    holdExpiresAt: ts('hold_expires_at'),
    /** Held for a joint meeting (on the lead's slot). */
    holdJointId: uuid('hold_joint_id').references(() => eveningJointMeetings.id, { onDelete: 'set null' }),
    /** A co-teacher's slot held along with the joint meeting's lead slot. */
    holdLeadSlotId: uuid('hold_lead_slot_id'),
  },
  (t) => [
    check('evening_slots_positive_length', sql`${t.endsAt} > ${t.startsAt}`),
    uniqueIndex('evening_slots_teacher_start_key').on(t.eveningId, t.teacherId, t.startsAt),
    index('evening_slots_holder_idx')
      .on(t.heldBy)
      .where(sql`${t.heldBy} IS NOT NULL`),
  ],
);

/** A family waiting for a slot with a teacher (or joint meeting); offered freed slots in order. */
export const eveningWaitlist = pgTable(
  'evening_waitlist',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eveningId: uuid('evening_id')
      .notNull()
      .references(() => parentsEvenings.id, { onDelete: 'cascade' }),
    teacherId: uuid('teacher_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    guardianId: uuid('guardian_id')
      .notNull()
      .references(() => guardians.id, { onDelete: 'cascade' }),
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
    /**
     * Set when the family waits for a joint meeting; `teacher_id` is then its lead, so the queue index
     * and the job per teacher serve both, and a child waits for the lead alone or the joint meeting.
     */
    jointMeetingId: uuid('joint_meeting_id').references(() => eveningJointMeetings.id, { onDelete: 'cascade' }),
    status: waitlistStatus('status').notNull().default('waiting'),
    offeredSlotId: uuid('offered_slot_id').references(() => eveningSlots.id, { onDelete: 'set null' }),
    offerExpiresAt: ts('offer_expires_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('evening_waitlist_active_key')
      .on(t.eveningId, t.teacherId, t.studentId, t.guardianId)
      .where(sql`${t.status} IN ('waiting', 'offered')`),
    index('evening_waitlist_queue_idx').on(t.eveningId, t.teacherId, t.createdAt),
  ],
);

/**
 * Every teacher of every appointment with its time and whether it is active (not cancelled, not
 * ended): a trigger keeps the lead teacher's row in step with `appointments`; joint meetings add
 * their co-teachers. An exclusion constraint here (hand-written SQL) is the no-double-booking
 * guarantee for every teacher of a joint meeting.
 */
export const appointmentTeachers = pgTable(
  'appointment_teachers',
  {
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id, { onDelete: 'cascade' }),
    teacherId: uuid('teacher_id')
      .notNull()
      .references(() => staffUsers.id),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    active: boolean('active').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.appointmentId, t.teacherId] }),
    index('appointment_teachers_teacher_start_idx').on(t.teacherId, t.startsAt),
  ],
);
