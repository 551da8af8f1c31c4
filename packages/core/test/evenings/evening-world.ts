import { guardianStudents, classStudents } from '@edutrack/db';
import { insertClass, insertFamily, insertStaff } from '@edutrack/db/testing';
import { AppError, addJointMeeting, createEvening, openingRules, type EveningDetail } from '../../src/index.ts';
import { minutesAfterTestNow, type SchoolHarness } from '../../src/testing/school-harness.ts';

/** 2030-03-12, a week after TEST_NOW; London is on GMT then. */
const EVENING_DATE = '2030-03-12';
export const at = (hhmm: string) => new Date(`${EVENING_DATE}T${hhmm}:00Z`);

/**
 * Branch A of the harness world plus five teachers with a class each and a family with two children
 * (Ada in classes 1-3, Ben in classes 3-5): the parent of two who needs to see five teachers.
 */
export async function eveningWorld(h: SchoolHarness) {
  const db = h.testDb.db;
  const { branch } = h.world.a;
  const teachers = await Promise.all(
    ['Ms. Adams', 'Mr. Brown', 'Ms. Clark', 'Mr. Davis', 'Ms. Evans'].map((name) =>
      insertStaff(db, { branchId: branch.id, name }),
    ),
  );
  const classes = await Promise.all(teachers.map((t) => insertClass(db, { branchId: branch.id, teacherIds: [t.id] })));
  const ada = await insertFamily(db, { branchId: branch.id, classId: classes[0]!.id, studentName: 'Ada' });
  const benOwn = await insertFamily(db, { branchId: branch.id, classId: classes[2]!.id, studentName: 'Ben' });
  const ben = benOwn.student;
  await db.insert(guardianStudents).values({ guardianId: ada.guardian.id, studentId: ben.id });
  await db.insert(classStudents).values([
    { classId: classes[1]!.id, studentId: ada.student.id },
    { classId: classes[2]!.id, studentId: ada.student.id },
    { classId: classes[3]!.id, studentId: ben.id },
    { classId: classes[4]!.id, studentId: ben.id },
  ]);
  return { branch, teachers, classes, parent: ada.guardian, ada: ada.student, ben, benOtherParent: benOwn.guardian };
}

export async function newEvening(
  h: SchoolHarness,
  options: {
    /** Left out: the default, every teacher of the chosen classes and year groups. */
    teacherIds?: string[];
    classIds?: string[];
    yearGroups?: string[];
    slotMinutes?: number;
    gapMinutes?: number;
    sessions?: { startTime: string; endTime: string }[];
    rules?: Partial<Parameters<typeof createEvening>[2]['rules']>;
  },
): Promise<EveningDetail> {
  const admin = await h.staff(h.world.a.admin);
  return createEvening(h.deps, admin, {
    branchId: h.world.a.branch.id,
    name: 'Spring parents’ evening',
    sessions: (options.sessions ?? [{ startTime: '17:00', endTime: '18:00' }]).map((s) => ({
      date: EVENING_DATE,
      ...s,
    })),
    slotMinutes: options.slotMinutes ?? 10,
    gapMinutes: options.gapMinutes ?? 0,
    classIds: options.classIds ?? [],
    yearGroups: options.yearGroups ?? [],
    teacherIds: options.teacherIds,
    rules: openingRules(minutesAfterTestNow(-60), options.rules),
  });
}

/** A new family in branch A with one child in `classId`, signed in as its parent. */
export async function familyIn(h: SchoolHarness, classId: string) {
  const f = await insertFamily(h.testDb.db, { branchId: h.world.a.branch.id, classId });
  return { ...f, actor: h.guardian(f) };
}

/** 'OK', or how the call was refused ("CONFLICT: …"), to compare in one expectation. */
export const failure = (call: Promise<unknown>) =>
  call.then(
    () => 'OK',
    (e: unknown) => (e instanceof AppError ? `${e.code}: ${e.userMessage}` : String(e)),
  );

/** An evening with Ms. Rivera North and her colleague (teacher1, teacher2), and their joint meeting. */
export async function eveningWithJointMeeting(h: SchoolHarness, session: { startTime: string; endTime: string }) {
  const { teacher1, teacher2, admin } = h.world.a;
  const evening = await newEvening(h, { teacherIds: [teacher1.id, teacher2.id], sessions: [session] });
  const joint = await addJointMeeting(h.deps, await h.staff(admin), {
    eveningId: evening.id,
    name: 'Form tutor and SEN lead',
    teacherIds: [teacher1.id, teacher2.id],
  });
  return { evening, joint };
}
