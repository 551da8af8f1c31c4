import { sql } from 'drizzle-orm';
import type { GuardianActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { transact } from '../transaction.ts';
import { PROPOSAL_HOLD_MS } from './evening-rules.ts';
import type { Proposal } from './evening-types.ts';
import { childOf, loadFamily, targetOf } from './family.ts';
import { loadEvening } from './load-evening.ts';
import { listLiveHolds } from './parent-evening.ts';
import { openSessionsFor } from './propose-itinerary.ts';
import { claimSlots, loadParentBusy, loadSlots, optionsFor, releaseProposalHolds } from './slot-state.ts';
import { said } from '../error-messages/say.ts';

/**
 * Swaps one held meeting for another free time of the same teacher (or joint meeting), keeping the
 * rest, and gives the whole proposal a fresh 2 minutes. Nothing changes when the new time is taken.
 */
export async function adjustHeldMeeting(
  deps: CoreDeps,
  guardian: GuardianActor,
  input: { eveningId: string; heldSlotId: string; newSlotId: string },
): Promise<Proposal> {
  const loaded = await loadEvening(deps.db, input.eveningId);
  const family = await loadFamily(deps.db, guardian, loaded);
  const now = deps.clock.now();
  const open = openSessionsFor(loaded, family, now);
  const holds = await listLiveHolds(deps, guardian, loaded, family);
  const old = holds.find((h) => h.slotId === input.heldSlotId);
  if (!old) {
    throw new AppError('PRECONDITION_FAILED', said('errors.evening.holdGone'));
  }
  const target = targetOf(childOf(family, old.studentId), old.target.id);
  // An offer keeps its own deadline; a proposal gets a fresh 2 minutes for the whole plan.
  const expiresAt = old.kind === 'offer' ? new Date(old.heldUntil) : new Date(now.getTime() + PROPOSAL_HOLD_MS);
  await transact(deps.db, async (tx) => {
    const slots = await loadSlots(
      tx,
      loaded.evening.id,
      target.teacherIds,
      open.map((s) => s.id),
      guardian.id,
      now,
    );
    const option = optionsFor(target, slots).find((o) => o.slotId === input.newSlotId);
    if (!option) throw new AppError('CONFLICT', said('errors.evening.noLongerFree', { teacher: target.name }));
    const others = holds.filter((h) => h.slotId !== old.slotId);
    const busy = await loadParentBusy(tx, guardian.id, new Date(option.start), new Date(option.end));
    const clash = [...others.map((h) => ({ start: Date.parse(h.startsAt), end: Date.parse(h.endsAt) })), ...busy].some(
      (b) => b.start < option.end && option.start < b.end,
    );
    if (clash) throw new AppError('CONFLICT', said('errors.evening.overlapsYours'));
    await tx.execute(sql`UPDATE evening_slots SET held_by = NULL, held_for = NULL, hold_kind = NULL, hold_expires_at = NULL,
        hold_joint_id = NULL, hold_lead_slot_id = NULL
      WHERE held_by = ${guardian.id} AND (id = ${old.slotId} OR hold_lead_slot_id = ${old.slotId}) AND hold_kind <> 'booked'`);
    const claims = [
      { slotId: option.slotId, studentId: old.studentId, jointId: target.joint ? target.id : null, leadSlotId: null },
      ...option.coSlotIds.map((id) => ({
        slotId: id,
        studentId: old.studentId,
        jointId: target.id,
        leadSlotId: option.slotId,
      })),
    ];
    const got = await claimSlots(tx, claims, { guardianId: guardian.id, kind: old.kind, expiresAt, now });
    if (got.size !== claims.length) {
      throw new AppError('CONFLICT', said('errors.evening.justTakenWith', { teacher: target.name }));
    }
    await tx.execute(sql`UPDATE evening_slots SET hold_expires_at = ${expiresAt.toISOString()}::timestamptz
      WHERE held_by = ${guardian.id} AND evening_id = ${loaded.evening.id} AND hold_kind = 'proposal'
        AND hold_expires_at > ${now.toISOString()}::timestamptz`);
  });
  const meetings = await listLiveHolds(deps, guardian, loaded, family);
  const starts = meetings.map((m) => Date.parse(m.startsAt));
  const ends = meetings.map((m) => Date.parse(m.endsAt));
  return {
    meetings,
    unserved: [],
    spanMinutes: meetings.length ? Math.round((Math.max(...ends) - Math.min(...starts)) / 60_000) : 0,
    heldUntil: meetings.find((m) => m.kind === 'proposal')?.heldUntil ?? meetings[0]?.heldUntil ?? null,
  };
}

/** Free times of one teacher (or joint meeting) for a child, to choose from when adjusting. */
export async function listFreeSlots(
  deps: CoreDeps,
  guardian: GuardianActor,
  input: { eveningId: string; studentId: string; targetId: string },
): Promise<{ slotId: string; startsAt: string; endsAt: string }[]> {
  const loaded = await loadEvening(deps.db, input.eveningId);
  const family = await loadFamily(deps.db, guardian, loaded);
  const target = targetOf(childOf(family, input.studentId), input.targetId);
  const now = deps.clock.now();
  const open = openSessionsFor(loaded, family, now);
  const slots = await loadSlots(
    deps.db,
    loaded.evening.id,
    target.teacherIds,
    open.map((s) => s.id),
    guardian.id,
    now,
  );
  return optionsFor(target, slots).map((o) => ({
    slotId: o.slotId,
    startsAt: new Date(o.start).toISOString(),
    endsAt: new Date(o.end).toISOString(),
  }));
}

/** Lets go of the family's proposal holds at once, so other families see the times free again. */
export async function releaseHolds(deps: CoreDeps, guardian: GuardianActor, eveningId: string): Promise<{ ok: true }> {
  const loaded = await loadEvening(deps.db, eveningId);
  await loadFamily(deps.db, guardian, loaded);
  await releaseProposalHolds(deps.db, eveningId, guardian.id);
  return { ok: true };
}
