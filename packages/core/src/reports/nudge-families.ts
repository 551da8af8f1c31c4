import { sql } from 'drizzle-orm';
import type { StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError, notFound } from '../errors.ts';
import { schoolOfBranch } from '../mail/school-line.ts';
import { namesFor, readerOf } from '../mail/reader.ts';
import { bookingNudgeEmail } from '../mail/templates/booking-nudge.ts';
import { pushToGuardian } from '../push/push-to-guardian.ts';
import { scopeCtes } from './scope-sql.ts';
import { familiesNotBooked, NUDGE_MAIL_KIND, type FamilyNotBooked } from './families-not-booked.ts';
import { resolveReportScope, type ReportScopeInput } from './report-scope.ts';

export interface NudgeOutcome {
  /** Families the reminder went to (email, and push on devices that allow it). */
  sent: number;
  /** Skipped: already reminded in the last day, by this admin or another. */
  recentlyNudged: number;
  /** Skipped: they have booked in the meantime. */
  alreadyBooked: number;
}

/**
 * Reminds parents who have not booked to book. Limited twice, in Postgres so that every server
 * instance and every concurrent click shares the counts: a family gets at most one reminder a day,
 * and an admin sends at most a few rounds an hour. Each budget is reserved before anything is sent,
 * so parallel requests cannot overshoot; budgets for mail that was not written are given back.
 */
export async function nudgeFamilies(
  deps: CoreDeps,
  staff: StaffActor,
  input: ReportScopeInput & { guardianIds: string[] },
): Promise<NudgeOutcome> {
  const scope = await resolveReportScope(deps, staff, input);
  const requested = [...new Set(input.guardianIds)];
  const known = await deps.db.execute<{ id: string }>(sql`WITH ${scopeCtes(scope)}
    SELECT DISTINCT gs.guardian_id AS id FROM guardian_students gs WHERE gs.student_id IN (SELECT id FROM kids)
      AND gs.guardian_id = ANY(${`{${requested.join(',')}}`}::uuid[])`);
  if (known.length !== requested.length) throw notFound('family');

  const notBooked = new Map((await familiesNotBooked(deps.db, scope)).map((f) => [f.guardianId, f]));
  const targets = requested.flatMap((id) => notBooked.get(id) ?? []);
  const outcome: NudgeOutcome = { sent: 0, recentlyNudged: 0, alreadyBooked: requested.length - targets.length };
  if (!targets.length) return outcome;

  const round = await deps.limiter.reserve('booking-nudge-admin', staff.id);
  if (!round.allowed) {
    const minutes = Math.max(1, Math.ceil(round.blockedForSeconds / 60));
    throw new AppError(
      'TOO_MANY_REQUESTS',
      `You have sent several rounds of reminders in the last hour. You can send more in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      { retryAfterSeconds: round.blockedForSeconds },
    );
  }
  const due: FamilyNotBooked[] = [];
  for (const family of targets) {
    const reserved = await deps.limiter.reserve('booking-nudge-family', `${scope.schoolId}:${family.guardianId}`);
    if (reserved.allowed) due.push(family);
    else outcome.recentlyNudged++;
  }
  const giveBack = async () => {
    for (const f of due) await deps.limiter.release('booking-nudge-family', `${scope.schoolId}:${f.guardianId}`);
    await deps.limiter.release('booking-nudge-admin', staff.id);
  };
  if (!due.length) {
    await deps.limiter.release('booking-nudge-admin', staff.id);
    return outcome;
  }
  // An evening's own booking screen in the parent app, or the general one.
  const path = scope.kind === 'evening' ? `/parent/evenings/${scope.eveningId}` : '/parent/book';
  try {
    await deps.db.transaction(async (tx) => {
      const from = await schoolOfBranch(tx, scope.branchId);
      // Each parent reads the reminder in the language they chose in the app.
      const languages = new Map(
        (
          await tx.execute<{ id: string; language: string | null }>(
            sql`SELECT id, language FROM guardians WHERE id = ANY(${`{${due.map((f) => f.guardianId).join(',')}}`}::uuid[])`,
          )
        ).map((g) => [g.id, g.language]),
      );
      for (const family of due) {
        const reader = readerOf(languages.get(family.guardianId), from);
        const evening = scope.kind === 'evening' ? scope.eveningName : null;
        const email = bookingNudgeEmail({
          from,
          reader,
          parentName: family.guardianName,
          children: family.children,
          evening,
          link: `${deps.publicUrl}${path}`,
        });
        await deps.mailer.send(tx, { ...email, kind: NUDGE_MAIL_KIND, schoolId: scope.schoolId, to: family.email });
        await pushToGuardian(tx, family.guardianId, {
          title: evening ? reader.t('nudge.pushTitleEvening', { evening }) : reader.t('nudge.pushTitle'),
          body: reader.t('nudge.pushBody', { children: namesFor(reader, family.children) }),
          url: path,
          tag: 'booking-nudge',
        });
      }
    });
  } catch (error) {
    await giveBack();
    throw error;
  }
  deps.log.info({ event: 'booking-nudge', staffId: staff.id, families: due.length }, 'booking reminders queued');
  return { ...outcome, sent: due.length };
}
