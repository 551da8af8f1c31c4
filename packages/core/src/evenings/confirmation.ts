import { sql } from 'drizzle-orm';
import type { Executor } from '@edutrack/db';
import type { GuardianActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { eveningCalendar } from '../mail/evening-calendar.ts';
import { schoolOfBranch } from '../mail/school-line.ts';
import { eveningConfirmationEmail } from '../mail/templates/evening-mail.ts';
import { momentFor, namesFor, readerOf } from '../mail/reader.ts';
import { pushToGuardian } from '../push/push-to-guardian.ts';
import type { LoadedEvening } from './load-evening.ts';
import { uuidArray } from './sql-arrays.ts';

/**
 * ONE email for the whole confirmed itinerary (in time order, with one calendar file holding every
 * meeting) and one push to the parent's devices, in the booking's transaction. Teachers are not mailed
 * per booking: on an evening they would get hundreds; their schedule is in the portal.
 */
export async function sendEveningConfirmation(
  tx: Executor,
  deps: Pick<CoreDeps, 'mailer' | 'publicUrl' | 'clock'>,
  guardian: GuardianActor,
  { evening }: LoadedEvening,
  appointmentIds: string[],
): Promise<void> {
  const rows = await tx.execute<{
    id: string;
    starts_at: string;
    ends_at: string;
    student_name: string;
    parent_name: string;
    language: string | null;
    lead_name: string;
    lead_email: string;
    teacher_names: string[];
  }>(sql`
    SELECT a.id, a.starts_at, a.ends_at, st.name AS student_name, coalesce(sg.name, g.name) AS parent_name,
      g.language, lead.display_name AS lead_name, lead.email AS lead_email,
      (SELECT array_agg(su.display_name ORDER BY su.id = a.teacher_id DESC, su.display_name)
        FROM appointment_teachers at JOIN staff_users su ON su.id = at.teacher_id WHERE at.appointment_id = a.id) AS teacher_names
    FROM appointments a JOIN students st ON st.id = a.student_id JOIN guardians g ON g.id = a.guardian_id
    JOIN staff_users lead ON lead.id = a.teacher_id
    JOIN branches b ON b.id = a.branch_id
    LEFT JOIN school_guardians sg ON sg.guardian_id = a.guardian_id AND sg.school_id = b.school_id
    WHERE a.id = ANY(${uuidArray(appointmentIds)}) ORDER BY a.starts_at`);
  if (!rows.length) return;
  const school = await schoolOfBranch(tx, evening.branchId);
  const link = `${deps.publicUrl}/parent/evenings/${evening.id}`;
  const first = rows[0]!;
  const parentName = first.parent_name;
  const reader = readerOf(first.language, school);
  const { t } = reader;
  const meetings = rows.map((r) => ({
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    teacherNames: r.teacher_names,
    studentName: r.student_name,
  }));
  const rendered = eveningConfirmationEmail({
    from: school,
    reader,
    eveningName: evening.name,
    parentName,
    meetings,
    link,
  });
  const calendar = eveningCalendar(
    rows.map((r) => ({
      appointmentId: r.id,
      startsAt: new Date(r.starts_at),
      endsAt: new Date(r.ends_at),
      summary: t('evening.calendarSummary', {
        evening: evening.name,
        student: r.student_name,
        teachers: namesFor(reader, r.teacher_names),
      }),
      url: `${deps.publicUrl}/parent/meetings/${r.id}`,
      organizer: { name: r.lead_name, email: r.lead_email },
    })),
    { name: parentName, email: guardian.email },
    {
      domain: new URL(deps.publicUrl).hostname,
      now: deps.clock.now(),
      description: t('evening.calendarDescription', { link }),
    },
  );
  await deps.mailer.send(tx, {
    ...rendered,
    kind: 'evening-confirmed',
    schoolId: school.schoolId,
    to: guardian.email,
    calendar,
  });
  await pushToGuardian(tx, guardian.id, {
    title: t('evening.pushConfirmTitle', { evening: evening.name }),
    body: t('evening.pushConfirmBody', { count: rows.length, when: momentFor(reader, meetings[0]!.startsAt) }),
    url: `/parent/evenings/${evening.id}`,
    tag: `evening-${evening.id}`,
  });
}
