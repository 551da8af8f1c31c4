import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import {
  branches,
  classes,
  classStudents,
  classTeachers,
  guardians,
  guardianStudents,
  schoolGuardians,
  schools,
  staffRoles,
  staffUsers,
  students,
} from '@edutrack/db';
import { loadStaffActor, publishSlots, scheduleMeeting, type CoreDeps } from '@edutrack/core';
import { seedDemoEvening } from './demo-evening.ts';

export const DEMO_PASSWORD = 'riverside-demo';
const ZONE = 'Europe/London';

export interface DemoSignIns {
  staff: { role: string; email: string }[];
  parents: { name: string; email: string }[];
}

const TEACHERS = [
  {
    key: 'rivera',
    name: 'Ana Rivera',
    displayName: 'Ms. Rivera',
    email: 'ana.rivera@riverside.test',
    className: 'Year 4 Blue',
    yearGroup: 'Year 4',
  },
  {
    key: 'okafor',
    name: 'Ben Okafor',
    displayName: 'Mr. Okafor',
    email: 'ben.okafor@riverside.test',
    className: 'Year 5 Green',
    yearGroup: 'Year 5',
  },
] as const;

const FAMILIES = [
  {
    child: 'Maya Chen',
    ref: 'R-401',
    className: 'Year 4 Blue',
    parents: [
      ['Li Chen', 'li.chen@example.com'],
      ['Wei Chen', 'wei.chen@example.com'],
    ],
  },
  { child: 'Sam Chen', ref: 'R-502', className: 'Year 5 Green', parents: [['Li Chen', 'li.chen@example.com']] },
  {
    child: 'Leo Garcia',
    ref: 'R-403',
    className: 'Year 4 Blue',
    parents: [['Sofia Garcia', 'sofia.garcia@example.com']],
  },
  { child: 'Ava Patel', ref: 'R-404', className: 'Year 4 Blue', parents: [['Raj Patel', 'raj.patel@example.com']] },
  { child: 'Noah Smith', ref: 'R-505', className: 'Year 5 Green', parents: [['Emma Smith', 'emma.smith@example.com']] },
] as const;

/**
 * A first start gets a demo school: a branch, two teachers and an admin, classes, five children with
 * their parents, meetings today and later (one open to join right away) and bookable slots.
 * Returns null, touching nothing, if the database already has a school.
 */
export async function seedDemoSchool(deps: CoreDeps): Promise<DemoSignIns | null> {
  const created = await deps.db.transaction(async (tx) => {
    // Two instances starting together: only one seeds.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('edutrack-demo-seed'))`);
    const [existing] = await tx.select({ id: schools.id }).from(schools).limit(1);
    if (existing) return null;

    const passwordHash = await deps.passwords.hash(DEMO_PASSWORD);
    const [school] = await tx.insert(schools).values({ name: 'Riverside School' }).returning();
    const [branch] = await tx
      .insert(branches)
      .values({ schoolId: school!.id, name: 'Riverside Primary', timeZone: ZONE })
      .returning();
    const [admin] = await tx
      .insert(staffUsers)
      .values({
        email: 'dana.admin@riverside.test',
        name: 'Dana Whitfield',
        displayName: 'Mrs. Whitfield',
        passwordHash,
      })
      .returning();
    await tx.insert(staffRoles).values({ staffId: admin!.id, branchId: branch!.id, role: 'admin' });

    const teacherIds = new Map<string, string>();
    const classIds = new Map<string, string>();
    for (const t of TEACHERS) {
      const [teacher] = await tx
        .insert(staffUsers)
        .values({ email: t.email, name: t.name, displayName: t.displayName, passwordHash })
        .returning();
      await tx.insert(staffRoles).values({ staffId: teacher!.id, branchId: branch!.id, role: 'teacher' });
      const [klass] = await tx
        .insert(classes)
        .values({ branchId: branch!.id, name: t.className, yearGroup: t.yearGroup })
        .returning();
      await tx.insert(classTeachers).values({ classId: klass!.id, staffId: teacher!.id });
      teacherIds.set(t.key, teacher!.id);
      classIds.set(t.className, klass!.id);
    }

    const guardianIds = new Map<string, string>();
    const studentIds = new Map<string, string>();
    for (const family of FAMILIES) {
      const [student] = await tx
        .insert(students)
        .values({ branchId: branch!.id, externalRef: family.ref, name: family.child })
        .returning();
      studentIds.set(family.child, student!.id);
      await tx.insert(classStudents).values({ classId: classIds.get(family.className)!, studentId: student!.id });
      for (const [name, email] of family.parents) {
        if (!guardianIds.has(email)) {
          const [guardian] = await tx.insert(guardians).values({ name, email }).returning();
          await tx.insert(schoolGuardians).values({ schoolId: school!.id, guardianId: guardian!.id, name });
          guardianIds.set(email, guardian!.id);
        }
        await tx.insert(guardianStudents).values({ guardianId: guardianIds.get(email)!, studentId: student!.id });
      }
    }
    return { teacherIds, guardianIds, studentIds, branchId: branch!.id, adminId: admin!.id, passwordHash };
  });
  if (!created) return null;

  await scheduleDemoMeetings(deps, created);
  await seedDemoEvening(deps, { ...created, studentIds: [...created.studentIds.values()], zone: ZONE });
  return {
    staff: [
      { role: 'teacher', email: TEACHERS[0].email },
      { role: 'teacher', email: TEACHERS[1].email },
      { role: 'branch admin', email: 'dana.admin@riverside.test' },
    ],
    parents: [
      { name: 'Li Chen (Maya and Sam)', email: 'li.chen@example.com' },
      { name: 'Sofia Garcia (Leo)', email: 'sofia.garcia@example.com' },
    ],
  };
}

/** Meetings go through the real services, so their room jobs and emails are queued as in real use. */
async function scheduleDemoMeetings(
  deps: CoreDeps,
  ids: { teacherIds: Map<string, string>; guardianIds: Map<string, string>; studentIds: Map<string, string> },
) {
  const staffActor = async (key: string) => {
    const row = await deps.db.query.staffUsers.findFirst({ where: (s, { eq }) => eq(s.id, ids.teacherIds.get(key)!) });
    return loadStaffActor(deps.db, row!);
  };
  const rivera = await staffActor('rivera');
  const okafor = await staffActor('okafor');
  const now = DateTime.fromJSDate(deps.clock.now(), { zone: ZONE });
  // The next five-minute mark: the first meeting can be joined straight away.
  const soon = now.plus({ minutes: 5 - (now.minute % 5) }).startOf('minute');
  const tomorrow = now.plus({ days: 1 }).set({ hour: 16, minute: 0, second: 0, millisecond: 0 });
  const meeting = (start: DateTime, minutes: number) => ({
    startsAt: start.toJSDate(),
    endsAt: start.plus({ minutes }).toJSDate(),
  });

  await scheduleMeeting(deps, rivera, {
    guardianId: ids.guardianIds.get('li.chen@example.com')!,
    studentId: ids.studentIds.get('Maya Chen')!,
    ...meeting(soon, 15),
    topic: 'Reading progress this term',
  });
  await scheduleMeeting(deps, rivera, {
    guardianId: ids.guardianIds.get('sofia.garcia@example.com')!,
    studentId: ids.studentIds.get('Leo Garcia')!,
    ...meeting(soon.plus({ hours: 2 }), 15),
    topic: 'Settling into Year 4',
  });
  await scheduleMeeting(deps, okafor, {
    guardianId: ids.guardianIds.get('li.chen@example.com')!,
    studentId: ids.studentIds.get('Sam Chen')!,
    ...meeting(tomorrow, 20),
    topic: 'Maths homework',
  });
  await publishSlots(deps, rivera, {
    date: tomorrow.toISODate()!,
    startTime: '17:00',
    endTime: '19:00',
    slotMinutes: 10,
    gapMinutes: 2,
  });
  await publishSlots(deps, okafor, {
    date: tomorrow.plus({ days: 1 }).toISODate()!,
    startTime: '17:00',
    endTime: '18:30',
    slotMinutes: 15,
    gapMinutes: 0,
  });
}
