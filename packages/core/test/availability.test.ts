import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  type AppError,
  bookSlot,
  createSession,
  listOpenSlotsForGuardian,
  listTeacherSlots,
  publishSlots,
  removeSlots,
  rescheduleByGuardian,
  revokeSession,
  scheduleMeeting,
  sendBookingNotice,
} from '../src/index.ts';
import { useHarness } from './harness.ts';

const h = useHarness();
const caught = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: AppError) => e,
  );

describe('publishing availability', () => {
  it('publishes 17:00-18:00 in 10-minute slots with 2-minute gaps in the branch time zone', async () => {
    const staff = await h.staff(h.world.a.teacher1);
    const result = await publishSlots(h.deps, staff, {
      date: '2030-03-05',
      startTime: '17:00',
      endTime: '18:00',
      slotMinutes: 10,
      gapMinutes: 2,
    });
    // 17:00, 17:12, 17:24, 17:36, 17:48 (ends 17:58): London is on GMT in March before the change.
    expect(result.created.map((s) => s.startsAt)).toEqual([
      '2030-03-05T17:00:00.000Z',
      '2030-03-05T17:12:00.000Z',
      '2030-03-05T17:24:00.000Z',
      '2030-03-05T17:36:00.000Z',
      '2030-03-05T17:48:00.000Z',
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('skips slots that overlap existing slots or meetings and says why', async () => {
    const staff = await h.staff(h.world.a.teacher1);
    const { family1 } = h.world.a;
    await scheduleMeeting(h.deps, staff, {
      guardianId: family1.guardian.id,
      studentId: family1.student.id,
      startsAt: new Date('2030-03-05T18:05:00Z'),
      endsAt: new Date('2030-03-05T18:15:00Z'),
    });
    const result = await publishSlots(h.deps, staff, {
      date: '2030-03-05',
      startTime: '17:30',
      endTime: '18:30',
      slotMinutes: 10,
      gapMinutes: 0,
    });
    expect(result.created.map((s) => s.startsAt.slice(11, 16))).toEqual(['18:20']);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/existing slot already covers 17:30/),
      expect.stringMatching(/existing slot already covers 17:40/),
      expect.stringMatching(/existing slot already covers 17:50/),
      expect.stringMatching(/meeting around 18:00/),
      expect.stringMatching(/meeting around 18:10/),
    ]);
  });

  it('refuses a time that does not exist because the clocks go forward', async () => {
    const staff = await h.staff(h.world.b.teacher1); // America/New_York: 2030-03-10 02:00 -> 03:00
    const error = await caught(
      publishSlots(h.deps, staff, {
        date: '2030-03-10',
        startTime: '02:30',
        endTime: '04:00',
        slotMinutes: 10,
        gapMinutes: 0,
      }),
    );
    expect(error).toMatchObject({
      code: 'BAD_REQUEST',
      userMessage: expect.stringMatching(/does not exist on 2030-03-10 in America\/New_York/),
    });
  });

  it('refuses past times, empty runs and runs over the limit', async () => {
    const staff = await h.staff(h.world.a.teacher2);
    expect(
      await caught(
        publishSlots(h.deps, staff, {
          date: '2030-03-01',
          startTime: '17:00',
          endTime: '18:00',
          slotMinutes: 10,
          gapMinutes: 0,
        }),
      ),
    ).toMatchObject({ userMessage: expect.stringMatching(/already started or passed/) });
    expect(
      await caught(
        publishSlots(h.deps, staff, {
          date: '2030-03-06',
          startTime: '17:00',
          endTime: '17:05',
          slotMinutes: 10,
          gapMinutes: 0,
        }),
      ),
    ).toMatchObject({ userMessage: expect.stringMatching(/No 10-minute slot fits/) });
    expect(
      await caught(
        publishSlots(h.deps, staff, {
          date: '2030-03-06',
          startTime: '00:00',
          endTime: '23:59',
          slotMinutes: 5,
          gapMinutes: 0,
        }),
      ),
    ).toMatchObject({ userMessage: expect.stringMatching(/publish at most 100/) });
  });

  it("a teacher can't publish for a colleague; an admin can", async () => {
    const teacher = await h.staff(h.world.a.teacher1);
    const admin = await h.staff(h.world.a.admin);
    const input = {
      teacherId: h.world.a.teacher2.id,
      date: '2030-03-07',
      startTime: '17:00',
      endTime: '17:30',
      slotMinutes: 10,
      gapMinutes: 0,
    };
    expect(await caught(publishSlots(h.deps, teacher, input))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await publishSlots(h.deps, admin, input)).created).toHaveLength(3);
  });
});

describe('parents booking slots', () => {
  it("sees only open slots of their own children's teachers and books one", async () => {
    const parent = h.guardian(h.world.a.family2); // child in teacher1's class
    const open = await listOpenSlotsForGuardian(h.deps, parent, {});
    expect(open.length).toBeGreaterThan(0);
    expect(new Set(open.map((s) => s.teacher.id))).toEqual(new Set([h.world.a.teacher1.id]));
    const booked = await bookSlot(h.deps, parent, {
      slotId: open[0]!.id,
      studentId: h.world.a.family2.student.id,
      topic: 'Maths',
    });
    expect(booked).toMatchObject({
      bookedBy: 'guardian',
      slotId: open[0]!.id,
      permissions: { cancel: true, reschedule: true },
      room: null,
    });
    // In the same statement: the room job and the booking notice, whose job writes the teacher's email and
    // the parent's confirmation, with their delivery jobs.
    expect(await h.roomSyncJobs()).toContainEqual({ appointmentId: booked.id, key: `room-sync:${booked.id}` });
    const [notice] = await h.testDb.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = ${`booking-notice:${booked.id}`}`,
    );
    expect(notice!.n).toBe(1);
    expect(await sendBookingNotice(h.deps, booked.id)).toBe('sent');
    const toParent = await h.lastMailTo(h.world.a.family2.guardian.email);
    const toTeacher = await h.lastMailTo(h.world.a.teacher1.email);
    expect(toTeacher.toAddress).toBe(h.world.a.teacher1.email);
    // Names said once: "with Li Chen about Maya Chen", not "with Li Chen (parent of Maya Chen) about Maya Chen".
    expect(toTeacher.bodyText).toContain(
      `with ${h.world.a.family2.guardian.name} about ${h.world.a.family2.student.name} `,
    );
    expect(toParent.toAddress).toBe(h.world.a.family2.guardian.email);
    expect(toParent.subject).toMatch(/Meeting scheduled/);
    expect(toParent.bodyHtml).toContain(`/parent/meetings/${booked.id}`);
    expect(await h.mailJobs()).toEqual(expect.arrayContaining([toParent.id, toTeacher.id]));
    // The answer matches what was stored.
    const { getAppointment } = await import('../src/index.ts');
    const stored = await getAppointment(h.deps, parent, booked.id);
    expect({ ...booked, live: stored.live }).toEqual(stored);
    const after = await listOpenSlotsForGuardian(h.deps, parent, {});
    expect(after.map((s) => s.id)).not.toContain(open[0]!.id);

    const staff = await h.staff(h.world.a.teacher1);
    const slots = await listTeacherSlots(h.deps, staff, {
      from: new Date('2030-03-05T00:00Z'),
      to: new Date('2030-03-06T00:00Z'),
    });
    expect(slots.find((s) => s.id === open[0]!.id)?.booking).toMatchObject({
      studentName: h.world.a.family2.student.name,
    });
  });

  it('a conflict offers the nearest free slots', async () => {
    const parent = h.guardian(h.world.a.family1);
    const other = h.guardian(h.world.a.family2);
    const open = await listOpenSlotsForGuardian(h.deps, other, {});
    const target = open[1]!;
    await bookSlot(h.deps, other, { slotId: target.id, studentId: h.world.a.family2.student.id }).catch(() => {});
    // family2 already has a meeting at slot 0 -> booking slot 1 is fine; now family1 wants slot 1.
    const error = await caught(
      bookSlot(h.deps, parent, { slotId: target.id, studentId: h.world.a.family1.student.id }),
    );
    expect(error).toMatchObject({ code: 'CONFLICT', userMessage: expect.stringMatching(/nearest free times/) });
    expect(error!.details.alternatives!.length).toBeGreaterThan(0);
    expect(error!.details.alternatives!.map((a) => a.slotId)).not.toContain(target.id);
  });

  it('checks the session inside the booking itself: a signed-out device books nothing', async () => {
    const family = h.world.a.family2;
    const open = await listOpenSlotsForGuardian(h.deps, h.guardian(family), {});
    const { token } = await createSession(h.deps.db, h.clock, 'guardian', family.guardian.id);
    const booked = await bookSlot(
      h.deps,
      { sessionToken: token },
      { slotId: open[0]!.id, studentId: family.student.id },
    );
    expect(booked).toMatchObject({ guardian: { id: family.guardian.id }, slotId: open[0]!.id });
    await revokeSession(h.deps.db, token);
    expect(
      await caught(bookSlot(h.deps, { sessionToken: token }, { slotId: open[1]!.id, studentId: family.student.id })),
    ).toMatchObject({ code: 'UNAUTHORIZED', userMessage: expect.stringMatching(/sign in again/) });
    expect((await listOpenSlotsForGuardian(h.deps, h.guardian(family), {})).map((s) => s.id)).toContain(open[1]!.id);
  });

  it('a parent cannot book a slot of a teacher who does not teach their child', async () => {
    const parent = h.guardian(h.world.a.family3); // teacher2's class
    const open = await listOpenSlotsForGuardian(h.deps, h.guardian(h.world.a.family1), {});
    expect(
      await caught(bookSlot(h.deps, parent, { slotId: open[0]!.id, studentId: h.world.a.family3.student.id })),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await caught(bookSlot(h.deps, parent, { slotId: open[0]!.id, studentId: h.world.a.family1.student.id })),
    ).toMatchObject({ code: 'NOT_FOUND', userMessage: expect.stringMatching(/child/) });
  });

  it('a parent moves their booking to another open slot; the old slot is free again', async () => {
    const parent = h.guardian(h.world.a.family1);
    const open = await listOpenSlotsForGuardian(h.deps, parent, {});
    const booking = await bookSlot(h.deps, parent, { slotId: open[0]!.id, studentId: h.world.a.family1.student.id });
    const moved = await rescheduleByGuardian(h.deps, parent, { id: booking.id, slotId: open[1]!.id });
    expect(moved.slotId).toBe(open[1]!.id);
    expect((await listOpenSlotsForGuardian(h.deps, parent, {})).map((s) => s.id)).toContain(open[0]!.id);
  });

  it('removes only unbooked slots and reports the booked ones', async () => {
    const staff = await h.staff(h.world.a.teacher1);
    const slots = await listTeacherSlots(h.deps, staff, {
      from: new Date('2030-03-05T00:00Z'),
      to: new Date('2030-03-06T00:00Z'),
    });
    const booked = slots.filter((s) => s.booking).map((s) => s.id);
    const result = await removeSlots(h.deps, staff, { slotIds: slots.map((s) => s.id) });
    expect(result.keptBooked.sort()).toEqual(booked.sort());
    expect(result.removed).toBe(slots.length - booked.length);
    const otherTeacher = await h.staff(h.world.a.teacher2);
    expect(await caught(removeSlots(h.deps, otherTeacher, { slotIds: booked }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
