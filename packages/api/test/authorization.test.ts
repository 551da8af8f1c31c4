import { beforeAll, describe, expect, it } from 'vitest';
import { outcome, useApiHarness } from './harness.ts';
import { allProcedures } from './procedures.ts';

const h = useApiHarness();
let appointmentId: string;
let slotId: string;

beforeAll(async () => {
  const { teacher1, family1 } = h.world.a;
  const teacher = h.as(await h.staff(teacher1));
  const meeting = await teacher.staff.appointments.schedule({
    guardianId: family1.guardian.id,
    studentId: family1.student.id,
    startsAt: '2030-03-05T17:00:00Z',
    endsAt: '2030-03-05T17:15:00Z',
  });
  appointmentId = meeting.id;
  const published = await teacher.staff.availability.publish({
    date: '2030-03-06',
    startTime: '17:00',
    endTime: '17:30',
    slotMinutes: 10,
    gapMinutes: 0,
  });
  slotId = published.created[0]!.id;
});

/** Every procedure that names someone else's object, as a caller who may not see it. */
const staffCalls = () => ({
  'staff.appointments.get': (c: ReturnType<typeof h.as>) => c.staff.appointments.get({ id: appointmentId }),
  'staff.appointments.reschedule': (c: ReturnType<typeof h.as>) =>
    c.staff.appointments.reschedule({
      id: appointmentId,
      startsAt: '2030-03-05T18:00:00Z',
      endsAt: '2030-03-05T18:10:00Z',
    }),
  'staff.appointments.cancel': (c: ReturnType<typeof h.as>) =>
    c.staff.appointments.cancel({ id: appointmentId, reason: 'x' }),
  'staff.appointments.schedule (their student)': (c: ReturnType<typeof h.as>) =>
    c.staff.appointments.schedule({
      guardianId: h.world.a.family1.guardian.id,
      studentId: h.world.a.family1.student.id,
      startsAt: '2030-03-07T17:00:00Z',
      endsAt: '2030-03-07T17:10:00Z',
    }),
  'staff.availability.remove': (c: ReturnType<typeof h.as>) => c.staff.availability.remove({ slotIds: [slotId] }),
  'staff.availability.list (their teacher)': (c: ReturnType<typeof h.as>) =>
    c.staff.availability.list({
      teacherId: h.world.a.teacher1.id,
      from: '2030-03-06T00:00:00Z',
      to: '2030-03-07T00:00:00Z',
    }),
  'staff.availability.publish (for their teacher)': (c: ReturnType<typeof h.as>) =>
    c.staff.availability.publish({
      teacherId: h.world.a.teacher1.id,
      date: '2030-03-08',
      startTime: '17:00',
      endTime: '17:30',
      slotMinutes: 10,
      gapMinutes: 0,
    }),
  'staff.meetings.join': (c: ReturnType<typeof h.as>) => c.staff.meetings.join({ id: appointmentId }),
  'staff.meetings.lobby': (c: ReturnType<typeof h.as>) => c.staff.meetings.lobby({ id: appointmentId }),
  'staff.meetings.end': (c: ReturnType<typeof h.as>) => c.staff.meetings.end({ id: appointmentId }),
  'staff.meetings.attendance': (c: ReturnType<typeof h.as>) => c.staff.meetings.attendance({ id: appointmentId }),
  'staff.meetings.reopen': (c: ReturnType<typeof h.as>) => c.staff.meetings.reopen({ id: appointmentId }),
  'staff.meetings.meetNow (their student)': (c: ReturnType<typeof h.as>) =>
    c.staff.meetings.meetNow({
      guardianId: h.world.a.family1.guardian.id,
      studentId: h.world.a.family1.student.id,
      minutes: 10,
    }),
});

const parentCalls = () => ({
  'parent.appointments.get': (c: ReturnType<typeof h.as>) => c.parent.appointments.get({ id: appointmentId }),
  'parent.appointments.cancel': (c: ReturnType<typeof h.as>) => c.parent.appointments.cancel({ id: appointmentId }),
  'parent.appointments.reschedule': (c: ReturnType<typeof h.as>) =>
    c.parent.appointments.reschedule({ id: appointmentId, slotId }),
  'parent.appointments.book (slot of a teacher who does not teach my child)': (c: ReturnType<typeof h.as>) =>
    c.parent.appointments.book({ slotId, studentId: h.world.a.family3.student.id }),
  'parent.appointments.book (for someone else’s child)': (c: ReturnType<typeof h.as>) =>
    c.parent.appointments.book({ slotId, studentId: h.world.a.family1.student.id }),
  'parent.meetings.join': (c: ReturnType<typeof h.as>) => c.parent.meetings.join({ id: appointmentId }),
  'parent.meetings.rejoin': (c: ReturnType<typeof h.as>) => c.parent.meetings.rejoin({ id: appointmentId }),
  'parent.meetings.knocking': (c: ReturnType<typeof h.as>) =>
    c.parent.meetings.knocking({ id: appointmentId, sessionId: 'abc-123' }),
  'parent.meetings.teacherPresence': (c: ReturnType<typeof h.as>) =>
    c.parent.meetings.teacherPresence({ id: appointmentId }),
  'parent.guests.get': (c: ReturnType<typeof h.as>) => c.parent.guests.get({ id: appointmentId }),
  'parent.guests.invite': (c: ReturnType<typeof h.as>) =>
    c.parent.guests.invite({
      id: appointmentId,
      invitee: { kind: 'guest', email: 'interpreter@example.test', roleLabel: 'Interpreter' },
    }),
  'parent.guests.withdraw': (c: ReturnType<typeof h.as>) => c.parent.guests.withdraw({ id: appointmentId }),
});

describe('object-level authorization: someone else’s object answers NOT_FOUND', () => {
  it.each(['teacher2', 'adminOfOtherBranch', 'teacherOfOtherBranch'] as const)('staff: %s', async (who) => {
    const user = {
      teacher2: h.world.a.teacher2,
      adminOfOtherBranch: h.world.b.admin,
      teacherOfOtherBranch: h.world.b.teacher1,
    }[who];
    const caller = h.as(await h.staff(user));
    const results = Object.fromEntries(
      await Promise.all(Object.entries(staffCalls()).map(async ([name, call]) => [name, await outcome(call(caller))])),
    );
    expect(results).toEqual(Object.fromEntries(Object.keys(staffCalls()).map((name) => [name, 'NOT_FOUND'])));
  });

  it('parent of another family', async () => {
    const caller = h.as(h.guardian(h.world.a.family3));
    const results = Object.fromEntries(
      await Promise.all(Object.entries(parentCalls()).map(async ([name, call]) => [name, await outcome(call(caller))])),
    );
    expect(results).toEqual(Object.fromEntries(Object.keys(parentCalls()).map((name) => [name, 'NOT_FOUND'])));
    expect(await caller.parent.availability.openSlots({ teacherId: h.world.a.teacher1.id })).toEqual([]);
  });

  it('branch directory: another branch’s admin gets NOT_FOUND, a teacher FORBIDDEN', async () => {
    const otherAdmin = h.as(await h.staff(h.world.b.admin));
    const teacher = h.as(await h.staff(h.world.a.teacher1));
    const branchId = h.world.a.branch.id;
    expect(
      await outcome(
        otherAdmin.staff.directory.importRoster({ branchId, csv: 'student_ref,student_name\nR,N', dryRun: true }),
      ),
    ).toBe('NOT_FOUND');
    expect(await outcome(otherAdmin.staff.directory.updateBranch({ branchId, timeZone: 'Europe/Paris' }))).toBe(
      'NOT_FOUND',
    );
    expect(await outcome(otherAdmin.staff.directory.teachers({ branchId }))).toBe('NOT_FOUND');
    expect(await outcome(otherAdmin.staff.directory.students({ branchId }))).toBe('NOT_FOUND');
    expect(await outcome(otherAdmin.staff.directory.classes({ branchId }))).toBe('NOT_FOUND');
    expect(await outcome(teacher.staff.directory.classes({ branchId }))).toBe('FORBIDDEN');
    expect(await outcome(teacher.staff.directory.updateBranch({ branchId, timeZone: 'Europe/Paris' }))).toBe(
      'FORBIDDEN',
    );
    // The school's reminder settings: the same rule.
    const reminders = { branchId, offsetsMinutes: [60], emailEnabled: true, pushEnabled: true };
    expect(await outcome(otherAdmin.staff.notifications.reminderSettings({ branchId }))).toBe('NOT_FOUND');
    expect(await outcome(otherAdmin.staff.notifications.updateReminderSettings(reminders))).toBe('NOT_FOUND');
    expect(await outcome(teacher.staff.notifications.reminderSettings({ branchId }))).toBe('FORBIDDEN');
    expect(await outcome(teacher.staff.notifications.updateReminderSettings(reminders))).toBe('FORBIDDEN');
    // The booking dashboard, its CSV and its nudges: the same rule.
    const period = { branchId, firstDay: '2030-03-05', lastDay: '2030-03-05' };
    const nudge = { ...period, guardianIds: [h.world.a.family1.guardian.id] };
    for (const caller of [otherAdmin, teacher]) {
      expect([
        await outcome(caller.staff.reports.dashboard(period)),
        await outcome(caller.staff.reports.exportCsv({ ...period, report: 'not-booked' })),
        await outcome(caller.staff.reports.nudge(nudge)),
      ]).toEqual(Array(3).fill(caller === teacher ? 'FORBIDDEN' : 'NOT_FOUND'));
    }
    // A teacher asking for a colleague's students still only gets their own.
    const students = await teacher.staff.directory.students({ teacherId: h.world.a.teacher2.id });
    expect(students.map((s) => s.id).sort()).toEqual(
      [h.world.a.family1.student.id, h.world.a.family2.student.id].sort(),
    );
  });

  it('the owners can see it: the teacher, the branch admin and the parent', async () => {
    expect(await outcome(h.as(await h.staff(h.world.a.teacher1)).staff.appointments.get({ id: appointmentId }))).toBe(
      'OK',
    );
    expect(await outcome(h.as(await h.staff(h.world.a.admin)).staff.appointments.get({ id: appointmentId }))).toBe(
      'OK',
    );
    expect(await outcome(h.as(h.guardian(h.world.a.family1)).parent.appointments.get({ id: appointmentId }))).toBe(
      'OK',
    );
  });

  it('a staff session cannot call parent procedures and vice versa; nobody signed in can call either', async () => {
    const teacher = h.as(await h.staff(h.world.a.teacher1));
    const parent = h.as(h.guardian(h.world.a.family1));
    const anonymous = h.as(null);
    expect(await outcome(teacher.parent.directory.children())).toBe('UNAUTHORIZED');
    expect(await outcome(parent.staff.appointments.list({ view: 'upcoming' }))).toBe('UNAUTHORIZED');
    expect(await outcome(anonymous.staff.directory.branches())).toBe('UNAUTHORIZED');
    expect(await outcome(anonymous.parent.appointments.list({ view: 'upcoming' }))).toBe('UNAUTHORIZED');
    expect(await anonymous.auth.me()).toEqual({ staff: null, guardian: null });
  });
});

describe('the matrix is complete', () => {
  it('lists never show another teacher’s, family’s or branch’s meetings or slots', async () => {
    const teacher2 = h.as(await h.staff(h.world.a.teacher2));
    const otherAdmin = h.as(await h.staff(h.world.b.admin));
    const parent3 = h.as(h.guardian(h.world.a.family3));
    const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);
    expect(
      ids(await teacher2.staff.appointments.list({ view: 'upcoming', teacherId: h.world.a.teacher1.id })),
    ).not.toContain(appointmentId);
    expect(ids(await otherAdmin.staff.appointments.list({ view: 'upcoming' }))).not.toContain(appointmentId);
    expect(
      ids(await parent3.parent.appointments.list({ view: 'upcoming', studentId: h.world.a.family1.student.id })),
    ).toEqual([]);
    expect(await parent3.parent.availability.openSlots({ studentId: h.world.a.family1.student.id })).toEqual([]);
  });

  it('every procedure that names an object is in a matrix above', () => {
    const objectFields = ['id', 'slotId', 'slotIds', 'studentId', 'guardianId', 'teacherId', 'branchId'];
    const covered = new Set([
      ...Object.keys(staffCalls()).map((k) => k.split(' ')[0]),
      ...Object.keys(parentCalls()).map((k) => k.split(' ')[0]),
      // Checked in "branch directory" and "lists never show…" above:
      'staff.directory.teachers',
      'staff.directory.students',
      'staff.directory.classes',
      'staff.directory.updateBranch',
      'staff.directory.importRoster',
      'staff.notifications.reminderSettings',
      'staff.notifications.updateReminderSettings',
      'staff.reports.dashboard',
      'staff.reports.exportCsv',
      'staff.reports.nudge',
      'staff.appointments.list',
      'parent.appointments.list',
      'parent.availability.openSlots',
      // Checked in evenings-authorization.test.ts:
      ...allProcedures.map((p) => p.path).filter((path) => /^(staff|parent)\.evenings\./.test(path)),
    ]);
    const naming = allProcedures.filter((p) => p.fields.some((f) => objectFields.includes(f))).map((p) => p.path);
    expect(naming.filter((path) => !covered.has(path))).toEqual([]);
  });
});
