import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { classes } from '@edutrack/db';
import { insertClass, insertFamily, insertStaff } from '@edutrack/db/testing';
import {
  confirmItinerary,
  exportReportCsv,
  getBookingDashboard,
  getEveningForGuardian,
  proposeItinerary,
} from '../../src/index.ts';
import { useHarness } from '../harness.ts';
import { newEvening } from './evening-world.ts';

const h = useHarness();
let yearFour: { teacherId: string; family: Awaited<ReturnType<typeof insertFamily>> };

/**
 * Branch A: 4 Blue (Rivera's teacher1, families 1 and 2) and a new 4 Red (Ms. Red, family 4) are
 * Year 4; 5 Green (teacher2, family 3) is Year 5.
 */
beforeAll(async () => {
  const db = h.testDb.db;
  const { a } = h.world;
  await db.update(classes).set({ yearGroup: 'Year 4' }).where(eq(classes.id, a.class1.id));
  await db.update(classes).set({ yearGroup: 'Year 5' }).where(eq(classes.id, a.class2.id));
  const red = await insertStaff(db, { branchId: a.branch.id, name: 'Ms. Red' });
  const redClass = await insertClass(db, { branchId: a.branch.id, teacherIds: [red.id], name: '4 Red' });
  await db.update(classes).set({ yearGroup: 'Year 4' }).where(eq(classes.id, redClass.id));
  yearFour = { teacherId: red.id, family: await insertFamily(db, { branchId: a.branch.id, classId: redClass.id }) };
});

describe('a parents’ evening for a year group', () => {
  it('takes the teachers of that year group’s classes, and only its families can book them', async () => {
    const { a } = h.world;
    const evening = await newEvening(h, { yearGroups: ['Year 4'] });
    expect(evening.yearGroups).toEqual(['Year 4']);
    expect(evening.teachers.map((t) => t.id).sort()).toEqual([a.teacher1.id, yearFour.teacherId].sort());

    const family1 = await getEveningForGuardian(h.deps, h.guardian(a.family1), evening.id);
    expect(family1.children[0]!.targets.map((t) => t.id)).toEqual([a.teacher1.id]);
    const family4 = await getEveningForGuardian(h.deps, h.guardian(yearFour.family), evening.id);
    expect(family4.children[0]!.targets.map((t) => t.id)).toEqual([yearFour.teacherId]);
    // Year 5's family is at the branch but has nobody to book at this evening.
    const family3 = await getEveningForGuardian(h.deps, h.guardian(a.family3), evening.id);
    expect(family3.children[0]!.targets).toEqual([]);
  });

  it('adds chosen classes to chosen year groups', async () => {
    const { a } = h.world;
    const evening = await newEvening(h, { yearGroups: ['Year 4'], classIds: [a.class2.id] });
    expect(evening.teachers).toHaveLength(3);
    const family3 = await getEveningForGuardian(h.deps, h.guardian(a.family3), evening.id);
    expect(family3.children[0]!.targets.map((t) => t.id)).toEqual([a.teacher2.id]);
  });

  it('refuses a year group no class is in, saying what to do', async () => {
    await expect(newEvening(h, { yearGroups: ['Year 4', 'Year 40'] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'No class is in Year 40. Choose year groups from the list.',
    });
  });
});

describe('booking progress per year group', () => {
  it('counts each year group’s children and those with a meeting, on screen and in the CSV', async () => {
    const { a } = h.world;
    const evening = await newEvening(h, { yearGroups: ['Year 4'] });
    const parent = h.guardian(a.family1);
    const proposal = await proposeItinerary(h.deps, parent, {
      eveningId: evening.id,
      requests: [{ studentId: a.family1.student.id }],
    });
    await confirmItinerary(h.deps, parent, { eveningId: evening.id, slotIds: proposal.meetings.map((m) => m.slotId) });
    const admin = await h.staff(a.admin);

    const dashboard = await getBookingDashboard(h.deps, admin, { eveningId: evening.id });
    expect(dashboard.progress.overall).toEqual({ children: 3, childrenBooked: 1, meetings: 1 });
    expect(dashboard.progress.yearGroups.map((y) => [y.name, y.children, y.childrenBooked])).toEqual([
      ['Year 4', 3, 1],
    ]);

    // The whole branch over the evening's day: both year groups, in reading order.
    const period = await getBookingDashboard(h.deps, admin, {
      branchId: a.branch.id,
      firstDay: '2030-03-12',
      lastDay: '2030-03-12',
    });
    expect(period.progress.yearGroups.map((y) => [y.name, y.children, y.childrenBooked])).toEqual([
      ['Year 4', 3, 1],
      ['Year 5', 1, 0],
    ]);

    const { csv } = await exportReportCsv(h.deps, admin, { eveningId: evening.id, report: 'booking-progress' });
    expect(csv).toContain('Year group,Year 4,3,1,\n');
  });
});
