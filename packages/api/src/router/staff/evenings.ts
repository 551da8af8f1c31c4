import { z } from 'zod';
import {
  addJointMeeting,
  cancelEveningBooking,
  createEvening,
  flagFamily,
  getEveningForStaff,
  getTeacherSchedule,
  listEveningsForStaff,
  markUnavailable,
  removeJointMeeting,
  setEarlyAccess,
  setEveningTeacher,
  updateEveningRules,
} from '@edutrack/core';
import { calendarDate, id, instant, text, wallClockTime } from '../../schemas.ts';
import { router, staffProcedure } from '../../trpc.ts';

const limit = z
  .number()
  .int('A limit is a whole number of meetings.')
  .min(1, 'A limit must allow at least one meeting.')
  .max(50, 'A limit can be at most 50 meetings.')
  .nullable();

const rules = z.object({
  opensAt: instant,
  earlyAccessOpensAt: instant.nullable().default(null),
  closesAt: instant.nullable().default(null),
  perParentLimit: limit.default(null),
  perChildLimit: limit.default(null),
  householdMode: z.enum(['one_per_household', 'per_parent']).default('one_per_household'),
  parentsMayChangeAfterClose: z.boolean().default(false),
});

const slotMinutes = z
  .number()
  .int('Slot length is in whole minutes.')
  .min(4, 'Slots are at least 4 minutes long.')
  .max(15, 'Slots are at most 15 minutes long.');

const eveningName = text().trim().min(1, 'Give the evening a name.').max(120, 'Keep the name under 120 characters.');

/**
 * Parents' evenings for staff (docs/decisions/014-parents-evenings.md). Admins set them up for their
 * branch; teachers see their own part. Another branch's evening answers NOT_FOUND.
 */
export const staffEveningsRouter = router({
  /** The evenings of the branches the caller belongs to, soonest first. */
  list: staffProcedure
    .input(z.object({ branchId: id().optional() }).default({}))
    .query(({ ctx, input }) => listEveningsForStaff(ctx.deps, ctx.staff, input)),

  /** One evening with sessions, rules, teachers (slot counts), joint meetings, early access, flags. NOT_FOUND outside the caller's branches. */
  get: staffProcedure
    .input(z.object({ eveningId: id() }))
    .query(({ ctx, input }) => getEveningForStaff(ctx.deps, ctx.staff, input.eveningId)),

  /**
   * Admin: creates an evening and materialises every teacher's slots. Teachers default to all who teach
   * the chosen classes or a class in the chosen year groups (none chosen: every class of the branch). FORBIDDEN for non-admins; BAD_REQUEST
   * for sessions that overlap, end before they start, or rules out of order (closing before opening).
   */
  create: staffProcedure
    .input(
      z.object({
        branchId: id(),
        name: eveningName,
        sessions: z
          .array(z.object({ date: calendarDate, startTime: wallClockTime, endTime: wallClockTime }))
          .min(1, 'Add at least one session.')
          .max(6, 'An evening has at most 6 sessions.'),
        slotMinutes,
        gapMinutes: z.number().int('The gap is in whole minutes.').min(0).max(30, 'Keep the gap under 30 minutes.'),
        classIds: z.array(id()).max(500).default([]),
        /** Year group labels as the roster gives them; their classes join `classIds`. */
        yearGroups: z.array(text().trim().min(1).max(40, 'A year group is at most 40 characters.')).max(50).default([]),
        /** Replaces the default (the chosen classes' and year groups' teachers). */
        teacherIds: z.array(id()).max(300).optional(),
        rules,
      }),
    )
    .mutation(({ ctx, input }) => createEvening(ctx.deps, ctx.staff, input)),

  /** Admin: changes the booking rules (opening, closing, limits, household mode). BAD_REQUEST if out of order. */
  updateRules: staffProcedure
    .input(z.object({ eveningId: id(), rules }))
    .mutation(({ ctx, input }) => updateEveningRules(ctx.deps, ctx.staff, input)),

  /**
   * Admin: adds a teacher, changes their overrides (slot length, sessions) or removes them
   * (`participating: false`). Their slots are rebuilt; CONFLICT if they already have bookings.
   */
  setTeacher: staffProcedure
    .input(
      z.object({
        eveningId: id(),
        teacherId: id(),
        participating: z.boolean().default(true),
        slotMinutes: slotMinutes.nullable().default(null),
        sessionIds: z.array(id()).min(1, 'Choose at least one session.').nullable().default(null),
      }),
    )
    .mutation(({ ctx, input }) => setEveningTeacher(ctx.deps, ctx.staff, input)),

  /**
   * Marks a teacher's slots inside [from, to) unavailable (a break) or available again. Teachers: their
   * own slots only (teacherId omitted); admins: any teacher's. Booked slots stay booked (the answer says
   * how many). FORBIDDEN for another teacher's slots.
   */
  markUnavailable: staffProcedure
    .input(
      z.object({
        eveningId: id(),
        teacherId: id().optional(),
        from: instant,
        to: instant,
        unavailable: z.boolean(),
      }),
    )
    .mutation(({ ctx, input }) => markUnavailable(ctx.deps, ctx.staff, input)),

  /** Admin: pairs 2-3 participating teachers (the first is the lead, whose slots it uses) as one bookable meeting. */
  addJointMeeting: staffProcedure
    .input(
      z.object({
        eveningId: id(),
        name: text().trim().min(1, 'Name the joint meeting.').max(120, 'Keep the name under 120 characters.'),
        teacherIds: z
          .array(id())
          .min(2, 'A joint meeting has 2 or 3 teachers.')
          .max(3, 'A joint meeting has 2 or 3 teachers.'),
      }),
    )
    .mutation(({ ctx, input }) => addJointMeeting(ctx.deps, ctx.staff, input)),

  /** Admin: removes a joint meeting; CONFLICT while it has bookings. */
  removeJointMeeting: staffProcedure
    .input(z.object({ jointMeetingId: id() }))
    .mutation(({ ctx, input }) => removeJointMeeting(ctx.deps, ctx.staff, input.jointMeetingId)),

  /** Admin: gives (or takes away) early access to these children's families. NOT_FOUND for another branch's child. */
  setEarlyAccess: staffProcedure
    .input(
      z.object({
        eveningId: id(),
        studentIds: z.array(id()).min(1).max(500),
        earlyAccess: z.boolean(),
      }),
    )
    .mutation(({ ctx, input }) => setEarlyAccess(ctx.deps, ctx.staff, input)),

  /**
   * A teacher flags a family they need to see (their own class's child): the family gets early access
   * and an invitation email. FORBIDDEN for a child the teacher does not teach.
   */
  flagFamily: staffProcedure
    .input(z.object({ eveningId: id(), studentId: id(), flagged: z.boolean() }))
    .mutation(({ ctx, input }) => flagFamily(ctx.deps, ctx.staff, input)),

  /** A teacher's evening: every slot with its state and meeting, and the children they may flag. Admins: any teacher. */
  schedule: staffProcedure
    .input(z.object({ eveningId: id(), teacherId: id().optional() }))
    .query(({ ctx, input }) => getTeacherSchedule(ctx.deps, ctx.staff, input)),

  /**
   * Staff cancel an evening booking at any time before it starts (also after closing). The freed slot
   * is offered to the teacher's waiting list.
   */
  cancelBooking: staffProcedure
    .input(z.object({ appointmentId: id(), reason: text().trim().max(500).optional() }))
    .mutation(({ ctx, input }) => cancelEveningBooking(ctx.deps, ctx.staff, input)),
});
