import type { GuardianActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { transact } from '../transaction.ts';
import { checkParentMayBook, PROPOSAL_HOLD_MS, sessionClosesAt } from './evening-rules.ts';
import type { BookableTarget, HeldMeeting, Proposal, UnservedRequest } from './evening-types.ts';
import { countsForParent, loadFamilyBookings } from './family-bookings.ts';
import { childOf, loadFamily, targetOf, type Family } from './family.ts';
import { planItinerary, type Limits, type Request } from './itinerary.ts';
import { loadEvening, type LoadedEvening } from './load-evening.ts';
import { meetingSharingTeacher } from './one-meeting-per-teacher.ts';
import {
  claimSlots,
  loadParentBusy,
  loadSlots,
  optionsFor,
  releaseProposalHolds,
  type TargetOption,
} from './slot-state.ts';
import { said, type Said } from '../error-messages/say.ts';

export interface ProposeInput {
  eveningId: string;
  requests: { studentId: string; targetIds?: string[] }[];
  window?: { from: Date; to: Date };
}

interface Wanted {
  key: string;
  studentId: string;
  target: BookableTarget;
}

const ATTEMPTS = 3;

/**
 * Proposes and holds the family's itinerary (see itinerary.ts for the solver). Replaces the family's
 * earlier proposal. If another family takes a chosen slot between reading and holding, the whole
 * proposal is rolled back and planned again on the new state (a few attempts).
 */
export async function proposeItinerary(
  deps: CoreDeps,
  guardian: GuardianActor,
  input: ProposeInput,
): Promise<Proposal> {
  const loaded = await loadEvening(deps.db, input.eveningId);
  const family = await loadFamily(deps.db, guardian, loaded);
  const now = deps.clock.now();
  const openSessions = openSessionsFor(loaded, family, now);
  if (input.window && input.window.to <= input.window.from) {
    throw new AppError('BAD_REQUEST', said('errors.evening.windowBackwards'));
  }
  const { wanted, unserved, limits } = await sortRequests(deps, guardian, loaded, family, input.requests);
  for (let attempt = 1; ; attempt++) {
    const result = await transact(deps.db, async (tx) => {
      await releaseProposalHolds(tx, loaded.evening.id, guardian.id);
      if (!wanted.length) return { meetings: [], leftOut: [] as UnservedRequest[] };
      const teacherIds = [...new Set(wanted.flatMap((w) => w.target.teacherIds))];
      const slots = await loadSlots(
        tx,
        loaded.evening.id,
        teacherIds,
        openSessions.map((s) => s.id),
        guardian.id,
        now,
      );
      const first = loaded.sessions[0]!.startsAt;
      const last = loaded.sessions.at(-1)!.endsAt;
      const busy = await loadParentBusy(tx, guardian.id, first, last);
      const options = new Map<string, TargetOption[]>();
      const requests: Request[] = wanted.map((w) => {
        const own = optionsFor(w.target, slots).filter((o) => !busy.some((b) => b.start < o.end && o.start < b.end));
        options.set(w.key, own);
        return {
          key: w.key,
          group: w.studentId,
          options: own.map((o) => ({ key: o.slotId, start: o.start, end: o.end })),
        };
      });
      const window = input.window && { from: input.window.from.getTime(), to: input.window.to.getTime() };
      const plan = planItinerary(requests, window, limits);
      const expiresAt = new Date(now.getTime() + PROPOSAL_HOLD_MS);
      const picked = wanted.flatMap((w) => {
        const choice = plan.chosen.get(w.key);
        const option = choice && options.get(w.key)!.find((o) => o.slotId === choice.key);
        return option ? [{ w, option }] : [];
      });
      const claims = picked.flatMap(({ w, option }) => [
        {
          slotId: option.slotId,
          studentId: w.studentId,
          jointId: w.target.joint ? w.target.id : null,
          leadSlotId: null,
        },
        ...option.coSlotIds.map((id) => ({
          slotId: id,
          studentId: w.studentId,
          jointId: w.target.id,
          leadSlotId: option.slotId,
        })),
      ]);
      const got = await claimSlots(tx, claims, { guardianId: guardian.id, kind: 'proposal', expiresAt, now });
      if (got.size !== claims.length) throw new LostRace();
      const meetings: HeldMeeting[] = picked
        .map(({ w, option }) => ({
          slotId: option.slotId,
          studentId: w.studentId,
          target: w.target,
          startsAt: new Date(option.start).toISOString(),
          endsAt: new Date(option.end).toISOString(),
          heldUntil: expiresAt.toISOString(),
          kind: 'proposal' as const,
        }))
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
      const chosen = wanted.filter((w) => plan.chosen.has(w.key));
      const leftOut = wanted
        .filter((w) => !plan.chosen.has(w.key))
        .map((w) => {
          const fits = options.get(w.key)!.some((o) => !window || (o.start >= window.from && o.end <= window.to));
          return whyLeftOut(w, chosen, limits, loaded.evening, family, fits, !!input.window);
        });
      return { meetings, leftOut };
    }).catch((error: unknown) => {
      if (error instanceof LostRace && attempt < ATTEMPTS) return null;
      if (error instanceof LostRace) {
        throw new AppError('CONFLICT', said('errors.evening.rushLost'));
      }
      throw error;
    });
    if (!result) continue;
    const times = result.meetings.map((m) => [Date.parse(m.startsAt), Date.parse(m.endsAt)] as const);
    const spanMs = times.length ? Math.max(...times.map((t) => t[1])) - Math.min(...times.map((t) => t[0])) : 0;
    return {
      meetings: result.meetings,
      unserved: [...unserved, ...result.leftOut],
      spanMinutes: Math.round(spanMs / 60_000),
      heldUntil: result.meetings[0]?.heldUntil ?? null,
    };
  }
}

class LostRace extends Error {}

/** The sessions the family may book in now; refuses before their opening or once all have closed. */
export function openSessionsFor(loaded: LoadedEvening, family: Family, now: Date) {
  const open = loaded.sessions.filter((s) => now < sessionClosesAt(loaded.evening, s));
  checkParentMayBook(loaded.evening, open[0] ?? loaded.sessions.at(-1)!, now, family.earlyAccess, loaded);
  return open;
}

/**
 * Which requests go to the solver, and which are refused up front (already booked); and how many
 * meetings each child and the parent may still book. The limits are left to the solver, so a request
 * for a teacher who is full does not use up the family's allowance.
 */
async function sortRequests(
  deps: CoreDeps,
  guardian: GuardianActor,
  loaded: LoadedEvening,
  family: Family,
  requests: ProposeInput['requests'],
): Promise<{ wanted: Wanted[]; unserved: UnservedRequest[]; limits: Required<Limits> }> {
  const { evening } = loaded;
  const bookings = await loadFamilyBookings(
    deps.db,
    evening.id,
    family.children.map((c) => c.id),
  );
  const counting = countsForParent(evening, guardian, bookings);
  const mine = bookings.filter((b) => b.guardianId === guardian.id);
  const limits: Required<Limits> = {
    total: evening.perParentLimit === null ? Infinity : Math.max(0, evening.perParentLimit - mine.length),
    perGroup: new Map(),
  };
  const wanted: Wanted[] = [];
  const unserved: UnservedRequest[] = [];
  for (const request of requests) {
    const child = childOf(family, request.studentId);
    const targets = request.targetIds ? request.targetIds.map((id) => targetOf(child, id)) : child.targets;
    if (evening.perChildLimit !== null) {
      const booked = bookings.filter((b) => b.studentId === child.id).length;
      limits.perGroup.set(child.id, Math.max(0, evening.perChildLimit - booked));
    }
    const bookable: BookableTarget[] = [];
    for (const target of targets) {
      const booked = meetingSharingTeacher({ studentId: child.id, teacherIds: target.teacherIds }, counting);
      const refuse = (reason: UnservedRequest['reason'], message: Said) =>
        unserved.push({ studentId: child.id, target, reason, message, canJoinWaitlist: false });
      if (booked && booked.guardianId === guardian.id) {
        refuse('already_booked', said('errors.unserved.alreadyBooked', { teacher: target.name, child: child.name }));
      } else if (booked) {
        refuse(
          'booked_by_household',
          said('errors.unserved.bookedByHousehold', { teacher: target.name, child: child.name }),
        );
      } else {
        bookable.push(target);
      }
    }
    for (const target of notCoveredByJoint(child.id, bookable)) {
      wanted.push({ key: `${child.id}:${target.id}`, studentId: child.id, target });
    }
  }
  return { wanted, unserved, limits };
}

/**
 * A joint meeting covers its teachers for the child, so those teachers alone, also asked for, are not
 * proposed as well (confirm would refuse the pair). Joint meetings go first; the parent's order stays.
 */
function notCoveredByJoint(studentId: string, targets: BookableTarget[]): BookableTarget[] {
  const kept: BookableTarget[] = [];
  for (const target of [...targets.filter((t) => t.joint), ...targets.filter((t) => !t.joint)]) {
    const meetings = kept.map((t) => ({ studentId, teacherIds: t.teacherIds }));
    if (!meetingSharingTeacher({ studentId, teacherIds: target.teacherIds }, meetings)) kept.push(target);
  }
  return targets.filter((t) => kept.includes(t));
}

/**
 * Why the solver left a request out: a limit the chosen meetings have reached, or no free time (the
 * teacher is full, or nothing fits the window next to the other meetings: the waiting list helps).
 */
function whyLeftOut(
  w: Wanted,
  chosen: Wanted[],
  limits: Required<Limits>,
  evening: LoadedEvening['evening'],
  family: Family,
  hasOptions: boolean,
  window: boolean,
): UnservedRequest {
  const childLeft = limits.perGroup.get(w.studentId) ?? Infinity;
  const forChild = chosen.filter((c) => c.studentId === w.studentId).length;
  const base = { studentId: w.studentId, target: w.target };
  if (hasOptions && forChild >= childLeft) {
    const child = childOf(family, w.studentId);
    return {
      ...base,
      reason: 'limit',
      message: said('errors.unserved.childLimit', {
        child: child.name,
        limit: evening.perChildLimit ?? 0,
        teacher: w.target.name,
      }),
      canJoinWaitlist: false,
    };
  }
  if (hasOptions && chosen.length >= limits.total) {
    return {
      ...base,
      reason: 'limit',
      message: said('errors.unserved.parentLimit', { limit: evening.perParentLimit ?? 0, teacher: w.target.name }),
      canJoinWaitlist: false,
    };
  }
  return {
    ...base,
    reason: 'full',
    message: said(window ? 'errors.unserved.noFitInWindow' : 'errors.unserved.fullyBooked', { teacher: w.target.name }),
    canJoinWaitlist: true,
  };
}
