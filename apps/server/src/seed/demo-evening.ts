import { DateTime } from 'luxon';
import { classes, classStudents, classTeachers, staffRoles, staffUsers } from '@edutrack/db';
import { addJointMeeting, createEvening, loadStaffActor, openingRules, type CoreDeps } from '@edutrack/core';

const SUBJECT_TEACHERS = [
  { name: 'Kenji Ito', displayName: 'Mr. Ito', email: 'kenji.ito@riverside.test', subject: 'Music' },
  { name: 'Grace Moore', displayName: 'Mrs. Moore', email: 'grace.moore@riverside.test', subject: 'PE' },
  { name: 'Priya Shah', displayName: 'Dr. Shah', email: 'priya.shah@riverside.test', subject: 'Science' },
] as const;

/**
 * The demo school's parents' evening, open for booking now: a week ahead, 17:00-19:00, every teacher
 * (three subject teachers who teach every child join the class teachers), and a joint meeting. Li Chen
 * (Maya and Sam) can book a whole itinerary across both children at once.
 */
export async function seedDemoEvening(
  deps: CoreDeps,
  school: { branchId: string; adminId: string; passwordHash: string; studentIds: string[]; zone: string },
): Promise<void> {
  const teacherIds: string[] = [];
  for (const t of SUBJECT_TEACHERS) {
    const [teacher] = await deps.db
      .insert(staffUsers)
      .values({ email: t.email, name: t.name, displayName: t.displayName, passwordHash: school.passwordHash })
      .returning();
    await deps.db.insert(staffRoles).values({ staffId: teacher!.id, branchId: school.branchId, role: 'teacher' });
    const [klass] = await deps.db.insert(classes).values({ branchId: school.branchId, name: t.subject }).returning();
    await deps.db.insert(classTeachers).values({ classId: klass!.id, staffId: teacher!.id });
    await deps.db
      .insert(classStudents)
      .values(school.studentIds.map((studentId) => ({ classId: klass!.id, studentId })));
    teacherIds.push(teacher!.id);
  }
  const adminRow = await deps.db.query.staffUsers.findFirst({ where: (s, { eq }) => eq(s.id, school.adminId) });
  const admin = await loadStaffActor(deps.db, adminRow!);
  const now = DateTime.fromJSDate(deps.clock.now(), { zone: school.zone });
  const evening = await createEvening(deps, admin, {
    branchId: school.branchId,
    name: 'Spring parents’ evening',
    sessions: [{ date: now.plus({ days: 7 }).toISODate()!, startTime: '17:00', endTime: '19:00' }],
    slotMinutes: 10,
    gapMinutes: 2,
    classIds: [],
    yearGroups: [],
    rules: openingRules(now.minus({ minutes: 1 }).toJSDate()),
  });
  const rivera = evening.teachers.find((t) => t.displayName === 'Ms. Rivera');
  if (rivera) {
    await addJointMeeting(deps, admin, {
      eveningId: evening.id,
      name: 'Ms. Rivera and Dr. Shah (class teacher and SENCo)',
      teacherIds: [rivera.id, teacherIds[2]!],
    });
  }
}
