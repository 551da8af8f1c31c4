import { and, eq, ne, sql } from 'drizzle-orm';
import { appointments, availabilitySlots, staffRoles } from '@edutrack/db';
import { isAdminOf, type StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError, notFound } from '../errors.ts';
import { requireBranchMember, resolveBranchId } from '../directory/branches.ts';
import { branchZone } from '../appointments/lookups.ts';
import { formatTimeInZone, zonedDateTime } from '../time/time-zones.ts';
import { MAX_MEETING_MINUTES, MIN_MEETING_MINUTES } from '../appointments/time-rules.ts';

export const MAX_SLOTS_PER_PUBLISH = 100;

export interface PublishSlotsInput {
  branchId?: string;
  /** Defaults to the caller; an admin may publish for any teacher of the branch. */
  teacherId?: string;
  /** Wall-clock date and times in the branch's time zone. */
  date: string;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  gapMinutes: number;
}

export interface PublishSlotsResult {
  created: { id: string; startsAt: string; endsAt: string }[];
  /** Slots left out because the teacher already has a slot or a meeting then. */
  skipped: { startsAt: string; endsAt: string; reason: string }[];
}

/** Publishes a run of bookable slots, e.g. 17:00-20:00 as 10-minute slots with 2-minute gaps. */
export async function publishSlots(
  deps: CoreDeps,
  staff: StaffActor,
  input: PublishSlotsInput,
): Promise<PublishSlotsResult> {
  const branchId = resolveBranchId(staff, input.branchId);
  const teacherId = await resolveTeacher(deps, staff, branchId, input.teacherId);
  const zone = await branchZone(deps.db, branchId);
  const planned = planSlots(deps, input, zone);

  // Times where the teacher already has a meeting stay unpublished: nobody could book them.
  const busy = await deps.db
    .select({ startsAt: appointments.startsAt, endsAt: appointments.endsAt })
    .from(appointments)
    .where(
      and(
        eq(appointments.teacherId, teacherId),
        ne(appointments.status, 'cancelled'),
        sql`tstzrange(${appointments.startsAt}, ${appointments.endsAt}) && tstzrange(${planned[0]!.startsAt.toISOString()}::timestamptz, ${planned.at(-1)!.endsAt.toISOString()}::timestamptz)`,
      ),
    );
  const overlapsMeeting = (s: { startsAt: Date; endsAt: Date }) =>
    busy.some((b) => b.startsAt < s.endsAt && s.startsAt < b.endsAt);
  const free = planned.filter((s) => !overlapsMeeting(s));

  // ON CONFLICT DO NOTHING (no target) also covers the exclusion constraint: overlapping slots are skipped.
  const created = free.length
    ? await deps.db
        .insert(availabilitySlots)
        .values(free.map((s) => ({ ...s, branchId, teacherId, createdById: staff.id })))
        .onConflictDoNothing()
        .returning({ id: availabilitySlots.id, startsAt: availabilitySlots.startsAt, endsAt: availabilitySlots.endsAt })
    : [];
  const createdStarts = new Set(created.map((c) => c.startsAt.getTime()));
  const skipped = planned
    .filter((s) => !createdStarts.has(s.startsAt.getTime()))
    .map((s) => ({
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      reason: overlapsMeeting(s)
        ? `You already have a meeting around ${formatTimeInZone(s.startsAt, zone)}.`
        : `An existing slot already covers ${formatTimeInZone(s.startsAt, zone)}.`,
    }));
  return {
    created: created
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((c) => ({ id: c.id, startsAt: c.startsAt.toISOString(), endsAt: c.endsAt.toISOString() })),
    skipped,
  };
}

function planSlots(deps: CoreDeps, input: PublishSlotsInput, zone: string): { startsAt: Date; endsAt: Date }[] {
  if (input.slotMinutes < MIN_MEETING_MINUTES || input.slotMinutes > MAX_MEETING_MINUTES) {
    throw new AppError(
      'BAD_REQUEST',
      `Each slot must be between ${MIN_MEETING_MINUTES} and ${MAX_MEETING_MINUTES} minutes long.`,
      { field: 'slotMinutes' },
    );
  }
  const from = zonedDateTime(input.date, input.startTime, zone);
  const until = zonedDateTime(input.date, input.endTime, zone);
  if (until <= from)
    throw new AppError('BAD_REQUEST', 'The end time must be after the start time.', { field: 'endTime' });
  const step = (input.slotMinutes + input.gapMinutes) * 60_000;
  const length = input.slotMinutes * 60_000;
  const slots: { startsAt: Date; endsAt: Date }[] = [];
  for (let t = from.getTime(); t + length <= until.getTime(); t += step) {
    slots.push({ startsAt: new Date(t), endsAt: new Date(t + length) });
  }
  if (!slots.length) {
    throw new AppError(
      'BAD_REQUEST',
      `No ${input.slotMinutes}-minute slot fits between ${input.startTime} and ${input.endTime}.`,
      { field: 'endTime' },
    );
  }
  if (slots.length > MAX_SLOTS_PER_PUBLISH) {
    throw new AppError(
      'BAD_REQUEST',
      `That would create ${slots.length} slots; publish at most ${MAX_SLOTS_PER_PUBLISH} at a time.`,
    );
  }
  const now = deps.clock.now();
  if (slots[0]!.startsAt <= now) {
    throw new AppError('BAD_REQUEST', 'Those times have already started or passed. Choose a later date or time.', {
      field: 'date',
    });
  }
  return slots;
}

/** The teacher slots are published for: the caller, or (admins only) another teacher of the branch. */
export async function resolveTeacher(
  deps: CoreDeps,
  staff: StaffActor,
  branchId: string,
  teacherId: string | undefined,
): Promise<string> {
  requireBranchMember(staff, branchId);
  if (!teacherId || teacherId === staff.id) return staff.id;
  if (!isAdminOf(staff, branchId)) throw notFound('teacher');
  const [member] = await deps.db
    .select({ staffId: staffRoles.staffId })
    .from(staffRoles)
    .where(and(eq(staffRoles.staffId, teacherId), eq(staffRoles.branchId, branchId)));
  if (!member) throw notFound('teacher');
  return teacherId;
}
