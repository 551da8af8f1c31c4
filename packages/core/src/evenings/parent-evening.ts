import { sql } from 'drizzle-orm';
import type { GuardianActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { mayBookFrom } from './evening-rules.ts';
import type { EveningSummary, HeldMeeting, ParentEvening } from './evening-types.ts';
import { loadFamily, type Family } from './family.ts';
import { loadEvening, summaryOf, type LoadedEvening } from './load-evening.ts';
import { listParentMeetings } from './parent-meetings.ts';

/** The evenings at the branches of the parent's children that are not over yet. */
export async function listEveningsForGuardian(
  deps: Pick<CoreDeps, 'db' | 'clock'>,
  guardian: GuardianActor,
): Promise<EveningSummary[]> {
  const rows = await deps.db.execute<{ id: string }>(sql`
    SELECT DISTINCT e.id FROM parents_evenings e
    JOIN students s ON s.branch_id = e.branch_id JOIN guardian_students gs ON gs.student_id = s.id
    WHERE gs.guardian_id = ${guardian.id}
      AND EXISTS (SELECT 1 FROM evening_sessions es WHERE es.evening_id = e.id AND es.ends_at > ${deps.clock.now().toISOString()}::timestamptz)`);
  const loaded = await Promise.all(rows.map((r) => loadEvening(deps.db, r.id)));
  return loaded
    .map((l) => summaryOf(l, deps.clock.now()))
    .sort((a, b) => (a.sessions[0]?.startsAt ?? '').localeCompare(b.sessions[0]?.startsAt ?? ''));
}

/** One evening as this family sees it (see ParentEvening). NOT_FOUND if none of their children is at its branch. */
export async function getEveningForGuardian(
  deps: Pick<CoreDeps, 'db' | 'clock'>,
  guardian: GuardianActor,
  eveningId: string,
): Promise<ParentEvening> {
  const loaded = await loadEvening(deps.db, eveningId);
  const family = await loadFamily(deps.db, guardian, loaded);
  const now = deps.clock.now();
  const [meetings, holds, waitlist] = await Promise.all([
    listParentMeetings(deps, guardian, loaded),
    listLiveHolds(deps, guardian, loaded, family),
    deps.db.execute<{ id: string; student_id: string; teacher_id: string; status: 'waiting' | 'offered' }>(sql`
      SELECT id, student_id, coalesce(joint_meeting_id, teacher_id) AS teacher_id, status FROM evening_waitlist
      WHERE evening_id = ${eveningId} AND guardian_id = ${guardian.id} AND status IN ('waiting', 'offered')
      ORDER BY created_at`),
  ]);
  return {
    ...summaryOf(loaded, now),
    youMayBookFrom: mayBookFrom(loaded.evening, family.earlyAccess).toISOString(),
    earlyAccess: family.earlyAccess,
    invitedBy: family.invitedBy,
    children: family.children,
    meetings,
    holds,
    waitlist: waitlist.map((w) => ({ id: w.id, studentId: w.student_id, teacherId: w.teacher_id, status: w.status })),
    serverNow: now.toISOString(),
  };
}

/** The parent's live holds (proposal or waiting-list offer) on lead slots, in time order. */
export async function listLiveHolds(
  deps: Pick<CoreDeps, 'db' | 'clock'>,
  guardian: GuardianActor,
  loaded: LoadedEvening,
  family: Family,
): Promise<HeldMeeting[]> {
  const rows = await deps.db.execute<{
    id: string;
    teacher_id: string;
    held_for: string;
    hold_joint_id: string | null;
    hold_kind: 'proposal' | 'offer';
    starts_at: string;
    ends_at: string;
    hold_expires_at: string;
  }>(sql`
    SELECT id, teacher_id, held_for, hold_joint_id, hold_kind, starts_at, ends_at, hold_expires_at FROM evening_slots
    WHERE held_by = ${guardian.id} AND evening_id = ${loaded.evening.id} AND hold_kind IN ('proposal', 'offer')
      AND hold_expires_at > ${deps.clock.now().toISOString()}::timestamptz AND hold_lead_slot_id IS NULL
    ORDER BY starts_at`);
  return rows.flatMap((r) => {
    const child = family.children.find((c) => c.id === r.held_for);
    const target = child?.targets.find((t) => t.id === (r.hold_joint_id ?? r.teacher_id));
    if (!target) return [];
    return [
      {
        slotId: r.id,
        studentId: r.held_for,
        target,
        startsAt: new Date(r.starts_at).toISOString(),
        endsAt: new Date(r.ends_at).toISOString(),
        heldUntil: new Date(r.hold_expires_at).toISOString(),
        kind: r.hold_kind,
      },
    ];
  });
}
