import { and, eq, inArray, sql } from 'drizzle-orm';
import { eveningEarlyAccess, eveningFlags, students } from '@edutrack/db';
import type { StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { AppError, notFound } from '../errors.ts';
import { schoolOfBranch } from '../mail/school-line.ts';
import { eveningInvitationEmail } from '../mail/templates/evening-mail.ts';
import { readerOf } from '../mail/reader.ts';
import { transact } from '../transaction.ts';
import { mayBookFrom } from './evening-rules.ts';
import { loadEveningForAdmin, loadEveningForStaff } from './load-evening.ts';

/** An admin gives (or takes away) early access to some children's families, e.g. for SEN. */
export async function setEarlyAccess(
  deps: CoreDeps,
  staff: StaffActor,
  input: { eveningId: string; studentIds: string[]; earlyAccess: boolean },
): Promise<{ earlyAccessStudentIds: string[] }> {
  const loaded = await loadEveningForAdmin(deps.db, staff, input.eveningId);
  const ids = [...new Set(input.studentIds)];
  const found = await deps.db
    .select({ id: students.id })
    .from(students)
    .where(and(inArray(students.id, ids), eq(students.branchId, loaded.evening.branchId)));
  if (found.length !== ids.length) throw notFound('child');
  if (input.earlyAccess) {
    await deps.db
      .insert(eveningEarlyAccess)
      .values(ids.map((studentId) => ({ eveningId: input.eveningId, studentId })))
      .onConflictDoNothing();
  } else {
    await deps.db
      .delete(eveningEarlyAccess)
      .where(and(eq(eveningEarlyAccess.eveningId, input.eveningId), inArray(eveningEarlyAccess.studentId, ids)));
  }
  const rows = await deps.db
    .select({ id: eveningEarlyAccess.studentId })
    .from(eveningEarlyAccess)
    .where(eq(eveningEarlyAccess.eveningId, input.eveningId));
  return { earlyAccessStudentIds: rows.map((r) => r.id) };
}

/**
 * A teacher flags a family they need to see ("need to see"): the family gets early access and every
 * parent of the child an invitation email. Only for a child the teacher teaches at this evening.
 */
export async function flagFamily(
  deps: CoreDeps,
  staff: StaffActor,
  input: { eveningId: string; studentId: string; flagged: boolean },
): Promise<{ flagged: boolean }> {
  const loaded = await loadEveningForStaff(deps.db, staff, input.eveningId);
  const [child] = await deps.db.execute<{ name: string; teaches: boolean; takes_part: boolean }>(sql`
    SELECT st.name,
      EXISTS (SELECT 1 FROM class_students cs JOIN class_teachers ct ON ct.class_id = cs.class_id
        WHERE cs.student_id = st.id AND ct.staff_id = ${staff.id}) AS teaches,
      EXISTS (SELECT 1 FROM evening_teachers et WHERE et.evening_id = ${input.eveningId} AND et.teacher_id = ${staff.id}) AS takes_part
    FROM students st WHERE st.id = ${input.studentId} AND st.branch_id = ${loaded.evening.branchId}`);
  if (!child) throw notFound('child');
  if (!child.teaches || !child.takes_part) {
    throw new AppError(
      'FORBIDDEN',
      'You can only ask to see families of children you teach, at an evening you take part in.',
    );
  }
  await transact(deps.db, async (tx) => {
    if (!input.flagged) {
      await tx
        .delete(eveningFlags)
        .where(
          and(
            eq(eveningFlags.eveningId, input.eveningId),
            eq(eveningFlags.teacherId, staff.id),
            eq(eveningFlags.studentId, input.studentId),
          ),
        );
      return;
    }
    const added = await tx
      .insert(eveningFlags)
      .values({ eveningId: input.eveningId, teacherId: staff.id, studentId: input.studentId })
      .onConflictDoNothing()
      .returning();
    if (!added.length) return;
    const parents = await tx.execute<{ email: string; name: string; language: string | null }>(sql`
      SELECT g.email, coalesce(sg.name, g.name) AS name, g.language FROM guardian_students gs JOIN guardians g ON g.id = gs.guardian_id
      LEFT JOIN school_guardians sg ON sg.guardian_id = g.id
        AND sg.school_id = (SELECT school_id FROM branches WHERE id = ${loaded.evening.branchId})
      WHERE gs.student_id = ${input.studentId}`);
    const school = await schoolOfBranch(tx, loaded.evening.branchId);
    const from = mayBookFrom(loaded.evening, true);
    for (const parent of parents) {
      const rendered = eveningInvitationEmail({
        from: school,
        reader: readerOf(parent.language, school),
        eveningName: loaded.evening.name,
        parentName: parent.name,
        teacherName: staff.displayName,
        studentName: child.name,
        mayBookFrom: from,
        link: `${deps.publicUrl}/parent/evenings/${input.eveningId}`,
      });
      await deps.mailer.send(tx, {
        ...rendered,
        kind: 'evening-invitation',
        schoolId: school.schoolId,
        to: parent.email,
      });
    }
  });
  return { flagged: input.flagged };
}
