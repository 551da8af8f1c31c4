import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { staffRole } from './enums.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const schools = pgTable('schools', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const branches = pgTable(
  'branches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** IANA zone, e.g. Europe/London; validated by the app (Postgres has no immutable check for it). */
    timeZone: text('time_zone').notNull(),
    /**
     * Minutes a call may run past its slot's end before everyone is cut off (meeting tokens expire then,
     * docs/decisions/015), so the next family is not kept waiting. Admins change it in branch settings.
     */
    callHandoverMinutes: integer('call_handover_minutes').notNull().default(1),
    /** Whether parents may invite one more person (the other parent, an interpreter) to a meeting. */
    guestsAllowed: boolean('guests_allowed').notNull().default(true),
    /**
     * BCP 47 locale of the staff portal and of dates in this school's texts, e.g. en-GB; parents read
     * their own language (guardians.language) in the school's regional style when it matches.
     */
    locale: text('locale').notNull().default('en-GB'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('branches_school_name_key').on(t.schoolId, t.name),
    check('branches_call_handover_range', sql`${t.callHandoverMinutes} BETWEEN 0 AND 10`),
  ],
);

export const staffUsers = pgTable(
  'staff_users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** How parents see them, e.g. "Ms. Rivera". */
    displayName: text('display_name').notNull(),
    /** argon2id PHC string; null until the invited person sets a password. */
    passwordHash: text('password_hash'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('staff_users_email_key').on(t.email),
    check('staff_users_email_lower', sql`${t.email} = lower(${t.email})`),
  ],
);

export const staffRoles = pgTable(
  'staff_roles',
  {
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    branchId: uuid('branch_id')
      .notNull()
      .references(() => branches.id, { onDelete: 'cascade' }),
    role: staffRole('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.branchId] }), index('staff_roles_branch_idx').on(t.branchId)],
);

export const guardians = pgTable(
  'guardians',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** The language the parent chose in the app (en, es, pl, uk, ar); null until they choose one. */
    language: text('language'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('guardians_email_key').on(t.email),
    check('guardians_email_lower', sql`${t.email} = lower(${t.email})`),
  ],
);

/**
 * A school's own record of a parent (docs/decisions/013-guardian-tenancy.md): the sign-in identity
 * (`guardians`, one per email) is shared, but the name a school shows is the one that school gave.
 * A school sees a parent only through its own links, and only under its own record.
 */
export const schoolGuardians = pgTable(
  'school_guardians',
  {
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    guardianId: uuid('guardian_id')
      .notNull()
      .references(() => guardians.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.schoolId, t.guardianId] }), index('school_guardians_guardian_idx').on(t.guardianId)],
);

export const students = pgTable(
  'students',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    branchId: uuid('branch_id')
      .notNull()
      .references(() => branches.id, { onDelete: 'cascade' }),
    /** The school's own student number, the key CSV imports match on. */
    externalRef: text('external_ref').notNull(),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('students_branch_ref_key').on(t.branchId, t.externalRef)],
);

export const guardianStudents = pgTable(
  'guardian_students',
  {
    guardianId: uuid('guardian_id')
      .notNull()
      .references(() => guardians.id, { onDelete: 'cascade' }),
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.guardianId, t.studentId] }), index('guardian_students_student_idx').on(t.studentId)],
);

export const classes = pgTable(
  'classes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    branchId: uuid('branch_id')
      .notNull()
      .references(() => branches.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The school's own label ("Year 7", "Grade 3", "Reception"); null until a roster names it. */
    yearGroup: text('year_group'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('classes_branch_name_key').on(t.branchId, t.name)],
);

export const classStudents = pgTable(
  'class_students',
  {
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    studentId: uuid('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.classId, t.studentId] }), index('class_students_student_idx').on(t.studentId)],
);

export const classTeachers = pgTable(
  'class_teachers',
  {
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.classId, t.staffId] }), index('class_teachers_staff_idx').on(t.staffId)],
);
