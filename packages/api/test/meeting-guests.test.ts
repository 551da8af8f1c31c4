import { createHash } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyMeetingEvent, ejectInviteeJob } from '@edutrack/core';
import {
  appointmentRooms,
  guardianStudents,
  guardians,
  meetingInvitations,
  outboxEmails,
  schoolGuardians,
} from '@edutrack/db';
import { outcome, useApiHarness } from './harness.ts';
import type { fakeVideoRooms } from './fake-video-rooms.ts';

/**
 * Issue 15: a parent invites one more person to a meeting. Real PostgreSQL, the real procedures, the
 * real outbox; only the video provider is in memory.
 */
const h = useApiHarness();
const video = () => h.deps.video as ReturnType<typeof fakeVideoRooms>;
let otherParent: { id: string; email: string };
let schoolName: string;

/** Meetings an hour apart from 13:00, so none overlap for the parent or the teacher. */
let nextStart = Date.parse('2030-03-04T13:00:00Z');
async function meeting(family: 'family1' | 'family2' = 'family1') {
  const { teacher1 } = h.world.a;
  const startsAt = new Date(nextStart);
  nextStart += 60 * 60_000;
  const view = await h.as(await h.staff(teacher1)).staff.appointments.schedule({
    guardianId: h.world.a[family].guardian.id,
    studentId: h.world.a[family].student.id,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 15 * 60_000).toISOString(),
  });
  return { id: view.id, startsAt };
}

const parent = () => h.as(h.guardian(h.world.a.family1));
const guest = () => h.as(null).guest;

/** The link the invitee was emailed, and its token. */
async function emailedLink(to: string) {
  const [mail] = await h.testDb.db
    .select()
    .from(outboxEmails)
    .where(and(eq(outboxEmails.toAddress, to), eq(outboxEmails.kind, 'meeting-invitation')))
    .orderBy(desc(outboxEmails.createdAt));
  expect(mail, `an invitation email to ${to}`).toBeDefined();
  const link = /https?:\/\/\S+\/parent\/guest#invite=([\w-]+)/.exec(mail!.bodyText);
  return { mail: mail!, token: link![1]! };
}

async function inviteInterpreter(appointmentId: string, email: string) {
  await parent().parent.guests.invite({
    id: appointmentId,
    invitee: { kind: 'guest', email, roleLabel: 'Interpreter' },
  });
  return (await emailedLink(email)).token;
}

beforeAll(async () => {
  const { family1, branch } = h.world.a;
  h.clock.set('2030-03-04T09:00:00Z');
  const [wei] = await h.testDb.db
    .insert(guardians)
    .values({ email: 'wei.chen@family.test', name: 'Wei Chen' })
    .returning();
  await h.testDb.db.insert(guardianStudents).values({ guardianId: wei!.id, studentId: family1.student.id });
  await h.testDb.db
    .insert(schoolGuardians)
    .values({ schoolId: branch.schoolId, guardianId: wei!.id, name: 'Wei Chen' });
  otherParent = { id: wei!.id, email: wei!.email };
  schoolName = family1.guardian.name;
});

// Family 1 invites in most tests; the limit itself is tested with family 2.
beforeEach(() => h.deps.limiter.reset('meeting-invitation-parent', h.world.a.family1.guardian.id));

describe('inviting', () => {
  it('an interpreter by email: they get a link for this meeting, only its hash is stored, and one extra person per meeting', async () => {
    const m = await meeting();
    const view = await parent().parent.guests.invite({
      id: m.id,
      invitee: { kind: 'guest', email: ' Interpreter.One@Example.test ', roleLabel: 'Interpreter' },
    });
    expect(view).toMatchObject({
      guestsAllowed: true,
      canInvite: true,
      invitation: {
        kind: 'guest',
        name: 'Interpreter',
        roleLabel: 'Interpreter',
        email: 'interpreter.one@example.test',
      },
      otherParents: [{ id: otherParent.id, name: 'Wei Chen' }],
    });
    const { mail, token } = await emailedLink('interpreter.one@example.test');
    expect(mail.subject).toBe(`${schoolName} invited you to a meeting with ${h.world.a.teacher1.displayName}`);
    expect(mail.bodyText).toContain('You join as: Interpreter');
    expect(mail.bodyText).toContain(h.world.a.family1.student.name);
    const [stored] = await h.testDb.db
      .select()
      .from(meetingInvitations)
      .where(eq(meetingInvitations.appointmentId, m.id));
    expect(stored!.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(token);

    // The other parent sees it too, and cannot add a second person.
    const wei = h.as({
      kind: 'guardian',
      id: otherParent.id,
      email: otherParent.email,
      name: 'Wei Chen',
      language: null,
    });
    expect((await wei.parent.guests.get({ id: m.id })).invitation).toMatchObject({ name: 'Interpreter' });
    const second = await wei.parent.guests
      .invite({ id: m.id, invitee: { kind: 'guest', email: 'someone.else@example.test', roleLabel: 'Aunt' } })
      .catch((e: { code: string; message: string }) => e);
    expect(second).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already invited/) });
  });

  it('the other parent of the child, by choosing them: mailed at their own address, shown to the teacher as invited', async () => {
    const m = await meeting();
    const view = await parent().parent.guests.invite({
      id: m.id,
      invitee: { kind: 'other-parent', guardianId: otherParent.id },
    });
    expect(view.invitation).toMatchObject({ kind: 'other-parent', name: 'Wei Chen', roleLabel: 'Parent' });
    const { mail, token } = await emailedLink(otherParent.email);
    expect(mail.bodyText).toContain('You can also join from the EduTrack Meet app');

    h.clock.set(new Date(m.startsAt.getTime() - 5 * 60_000));
    const ticket = await guest().join({ token });
    // As a parent of the child: the same id as in their own app, so attendance and outcome count them.
    expect(ticket.you).toEqual({
      role: 'guardian',
      userId: otherParent.id,
      userName: `Wei Chen (parent of ${h.world.a.family1.student.name})`,
    });
    await guest().knocking({ token, sessionId: 'wei-session' });
    const lobby = await h.as(await h.staff(h.world.a.teacher1)).staff.meetings.lobby({ id: m.id });
    expect(lobby).toEqual([
      expect.objectContaining({ sessionId: 'wei-session', role: 'guardian', invitedBy: schoolName }),
    ]);
    h.clock.set('2030-03-04T09:00:00Z');
  });

  it('refuses someone who is not another parent of the child, and the parent’s own address', async () => {
    const m = await meeting();
    const notTheirs = await parent()
      .parent.guests.invite({ id: m.id, invitee: { kind: 'other-parent', guardianId: h.world.a.family2.guardian.id } })
      .catch((e: { code: string; message: string }) => e);
    expect(notTheirs).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/not another parent/) });
    const self = await parent()
      .parent.guests.invite({
        id: m.id,
        invitee: { kind: 'guest', email: h.world.a.family1.guardian.email, roleLabel: 'Interpreter' },
      })
      .catch((e: { code: string }) => e.code);
    expect(self).toBe('BAD_REQUEST');
    expect(
      await outcome(
        parent().parent.guests.invite({
          id: m.id,
          invitee: { kind: 'guest', email: 'x@example.test', roleLabel: ' ' },
        }),
      ),
    ).toBe('BAD_REQUEST');
  });
});

describe('authorization', () => {
  it('only a parent of the meeting’s child may invite, see or withdraw; staff and strangers may not', async () => {
    const m = await meeting();
    const invitee = { kind: 'guest' as const, email: 'auth.check@example.test', roleLabel: 'Interpreter' };
    const otherFamily = h.as(h.guardian(h.world.a.family2));
    expect(await outcome(otherFamily.parent.guests.invite({ id: m.id, invitee }))).toBe('NOT_FOUND');
    expect(await outcome(otherFamily.parent.guests.get({ id: m.id }))).toBe('NOT_FOUND');
    expect(await outcome(h.as(h.guardian(h.world.b.family1)).parent.guests.invite({ id: m.id, invitee }))).toBe(
      'NOT_FOUND',
    );
    const teacher = h.as(await h.staff(h.world.a.teacher1));
    expect(await outcome(teacher.parent.guests.invite({ id: m.id, invitee }))).toBe('UNAUTHORIZED');
    expect(await outcome(h.as(null).parent.guests.invite({ id: m.id, invitee }))).toBe('UNAUTHORIZED');

    await parent().parent.guests.invite({ id: m.id, invitee });
    expect(await outcome(otherFamily.parent.guests.withdraw({ id: m.id }))).toBe('NOT_FOUND');
    expect((await parent().parent.guests.get({ id: m.id })).invitation).not.toBeNull();
  });

  it('logs ids only: no address, name or link of the invitee or the parent', async () => {
    const lines: string[] = [];
    const record = (obj: object, msg?: string) => void lines.push(JSON.stringify(obj) + (msg ?? ''));
    const quiet = h.deps;
    h.deps = { ...quiet, log: { info: record, warn: record, error: record } };
    try {
      const m = await meeting();
      const token = await inviteInterpreter(m.id, 'logged.person@example.test');
      await parent().parent.guests.withdraw({ id: m.id });
      expect(lines.join('\n')).toMatch(/meeting-invitation-sent[\s\S]*meeting-invitation-withdrawn/);
      expect(lines.join('\n')).not.toMatch(
        new RegExp(
          ['logged.person', h.world.a.family1.guardian.email, schoolName, token].join('|').replace(/\./g, '\\.'),
        ),
      );
    } finally {
      h.deps = quiet;
    }
  });

  it('limits how many invitations a parent sends, so a loop of invite and withdraw cannot flood inboxes', async () => {
    const family2 = h.as(h.guardian(h.world.a.family2));
    const m = await meeting('family2');
    const results: string[] = [];
    for (let i = 0; i < 11; i++) {
      const sent = await outcome(
        family2.parent.guests.invite({
          id: m.id,
          invitee: { kind: 'guest', email: `loop${i}@example.test`, roleLabel: 'Interpreter' },
        }),
      );
      results.push(sent);
      if (sent === 'OK') await family2.parent.guests.withdraw({ id: m.id });
    }
    expect(results.slice(0, 10).every((r) => r === 'OK')).toBe(true);
    expect(results[10]).toBe('TOO_MANY_REQUESTS');
  });
});

describe('the link', () => {
  it('opens this meeting only, inside its window, as "Interpreter, invited by …", and grants nothing else', async () => {
    const m = await meeting();
    const token = await inviteInterpreter(m.id, 'scope.check@example.test');

    const preview = await guest().meeting({ token });
    expect(preview).toMatchObject({
      teacher: { displayName: h.world.a.teacher1.displayName },
      invitedBy: schoolName,
      youJoinAs: `Interpreter, invited by ${schoolName}`,
      joinOpensAt: new Date(m.startsAt.getTime() - 5 * 60_000).toISOString(),
    });
    expect(JSON.stringify(preview)).not.toContain(h.world.a.family1.guardian.email);

    // Before the window: told when it opens; no token is minted.
    const early = await guest()
      .join({ token })
      .catch((e: { code: string; message: string }) => e);
    expect(early).toMatchObject({ code: 'PRECONDITION_FAILED', message: expect.stringMatching(/opens at/) });

    h.clock.set(new Date(m.startsAt.getTime() - 5 * 60_000));
    const ticket = await guest().join({ token });
    const [room] = await h.testDb.db.select().from(appointmentRooms).where(eq(appointmentRooms.appointmentId, m.id));
    expect(ticket).toMatchObject({
      roomName: room!.name,
      you: { role: 'invitee', userName: `Interpreter, invited by ${schoolName}` },
      // The call's cut-off: the slot's end (15 minutes) plus the branch's 1-minute handover (decision 015).
      closesAt: new Date(m.startsAt.getTime() + 16 * 60_000).toISOString(),
    });
    expect(video().tokens.at(-1)).toMatchObject({ roomName: room!.name, role: 'invitee' });

    // No session comes with it: the parent app's procedures stay closed.
    expect(await outcome(h.as(null).parent.appointments.list({ view: 'upcoming' }))).toBe('UNAUTHORIZED');
    // A token that is not one we issued opens nothing.
    expect(await outcome(guest().join({ token: `${token.slice(0, -2)}xx` }))).toBe('UNAUTHORIZED');

    // After the window: closed.
    h.clock.set(new Date(m.startsAt.getTime() + 45 * 60_000));
    expect(await outcome(guest().join({ token }))).toBe('PRECONDITION_FAILED');
    expect(await outcome(guest().meeting({ token }))).toBe('PRECONDITION_FAILED');
    h.clock.set('2030-03-04T09:00:00Z');
  });

  it('the teacher sees the knocking invitee vouched for, and the attendance record lists them', async () => {
    const m = await meeting();
    const token = await inviteInterpreter(m.id, 'attendance.check@example.test');
    h.clock.set(new Date(m.startsAt.getTime()));
    const ticket = await guest().join({ token });
    await guest().knocking({ token, sessionId: 'interpreter-lobby' });
    const teacher = h.as(await h.staff(h.world.a.teacher1));
    expect(await teacher.staff.meetings.lobby({ id: m.id })).toEqual([
      expect.objectContaining({
        sessionId: 'interpreter-lobby',
        role: 'invitee',
        name: `Interpreter, invited by ${schoolName}`,
        roleLabel: 'Interpreter',
        invitedBy: schoolName,
        isExpectedParent: false,
      }),
    ]);

    // Daily reports them in the call under the token's user id.
    const joinedAt = Math.floor(h.clock.now().getTime() / 1000);
    await applyMeetingEvent(h.deps, {
      type: 'participant.joined',
      payload: {
        room: ticket.roomName,
        session_id: 'interpreter-call',
        user_id: ticket.you.userId,
        user_name: ticket.you.userName,
        joined_at: joinedAt,
      },
    });
    const attendance = await teacher.staff.meetings.attendance({ id: m.id });
    expect(attendance).toContainEqual(
      expect.objectContaining({ kind: 'participant', role: 'invitee', name: `Interpreter, invited by ${schoolName}` }),
    );
    h.clock.set('2030-03-04T09:00:00Z');
  });

  it('withdrawn: the link stops working, the teacher no longer sees them vouched, and a guest in the call is removed', async () => {
    const m = await meeting();
    const token = await inviteInterpreter(m.id, 'withdraw.check@example.test');
    h.clock.set(new Date(m.startsAt.getTime()));
    const ticket = await guest().join({ token });
    await guest().knocking({ token, sessionId: 'withdrawn-lobby' });

    const view = await parent().parent.guests.withdraw({ id: m.id });
    expect(view.invitation).toBeNull();
    expect(await outcome(guest().meeting({ token }))).toBe('UNAUTHORIZED');
    expect(await outcome(guest().join({ token }))).toBe('UNAUTHORIZED');
    expect(await outcome(guest().knocking({ token, sessionId: 'again' }))).toBe('UNAUTHORIZED');
    const teacher = h.as(await h.staff(h.world.a.teacher1));
    expect(await teacher.staff.meetings.lobby({ id: m.id })).toEqual([]);

    // The queued job removes them from the room.
    await ejectInviteeJob.run(h.deps, { appointmentId: m.id, invitationId: ticket.you.userId }, silentJobLog);
    expect(video().ejected).toContainEqual({ roomName: ticket.roomName, userId: ticket.you.userId });

    // Withdrawing twice says so; a new invitation is possible again.
    expect(await outcome(parent().parent.guests.withdraw({ id: m.id }))).toBe('PRECONDITION_FAILED');
    await inviteInterpreter(m.id, 'withdraw.again@example.test');
    h.clock.set('2030-03-04T09:00:00Z');
  });

  it('stops working when the meeting is cancelled', async () => {
    const m = await meeting();
    const token = await inviteInterpreter(m.id, 'cancel.check@example.test');
    await parent().parent.appointments.cancel({ id: m.id });
    const error = await guest()
      .meeting({ token })
      .catch((e: { code: string; message: string }) => e);
    expect(error).toMatchObject({ code: 'PRECONDITION_FAILED', message: expect.stringMatching(/cancelled/) });
    expect(
      await outcome(
        parent().parent.guests.invite({
          id: m.id,
          invitee: { kind: 'guest', email: 'late@example.test', roleLabel: 'Interpreter' },
        }),
      ),
    ).toBe('PRECONDITION_FAILED');
  });
});

describe('the school turns guests off', () => {
  it('an admin turns it off in branch settings: parents cannot invite; teachers and other branches cannot change it', async () => {
    const { branch, admin, teacher1 } = h.world.a;
    const adminA = h.as(await h.staff(admin));
    expect(
      await outcome(
        h.as(await h.staff(teacher1)).staff.directory.updateBranch({ branchId: branch.id, guestsAllowed: false }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await outcome(
        h
          .as(await h.staff(h.world.b.admin))
          .staff.directory.updateBranch({ branchId: branch.id, guestsAllowed: false }),
      ),
    ).toBe('NOT_FOUND');

    const m = await meeting();
    expect(await adminA.staff.directory.updateBranch({ branchId: branch.id, guestsAllowed: false })).toMatchObject({
      guestsAllowed: false,
    });
    expect((await adminA.auth.me()).staff!.branches.find((b) => b.id === branch.id)).toMatchObject({
      guestsAllowed: false,
    });
    expect(await parent().parent.guests.get({ id: m.id })).toMatchObject({ guestsAllowed: false, canInvite: false });
    const refused = await parent()
      .parent.guests.invite({
        id: m.id,
        invitee: { kind: 'guest', email: 'off@example.test', roleLabel: 'Interpreter' },
      })
      .catch((e: { code: string; message: string }) => e);
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/school has turned off/) });

    await adminA.staff.directory.updateBranch({ branchId: branch.id, guestsAllowed: true });
    expect((await parent().parent.guests.get({ id: m.id })).canInvite).toBe(true);
  });
});

const silentJobLog = { debug: () => {}, info: () => {} };
