import { beforeAll, describe, expect, it } from 'vitest';
import { meetingPresence } from '@edutrack/db';
import { outcome, useApiHarness } from './harness.ts';

const h = useApiHarness();
let appointmentId: string;
const tokens = () => (h.deps.video as unknown as { tokens: { role: string; userId: string }[] }).tokens;

beforeAll(async () => {
  const { teacher1, family1 } = h.world.a;
  appointmentId = (
    await h.as(await h.staff(teacher1)).staff.appointments.schedule({
      guardianId: family1.guardian.id,
      studentId: family1.student.id,
      startsAt: '2030-03-04T13:00:00Z',
      endsAt: '2030-03-04T13:15:00Z',
    })
  ).id;
  h.clock.set('2030-03-04T13:02:00Z');
});

/** Daily's participant webhook (or, here, its row) saying this parent was in the call. */
async function dailySawInTheCall(kind: 'participant' | 'waiting', confirmedByDaily = true) {
  const { family1 } = h.world.a;
  await h.testDb.db.insert(meetingPresence).values({
    appointmentId,
    kind,
    sessionId: `s-${kind}-${String(confirmedByDaily)}`,
    role: 'guardian',
    userId: family1.guardian.id,
    userName: family1.guardian.name,
    joinedAt: new Date('2030-03-04T13:01:00Z'),
    confirmedByDaily,
  });
}

describe('rejoining after a dropped connection', () => {
  it('is refused while the teacher has not let the parent in (knocking, or only the app’s own claim)', async () => {
    const parent = h.as(h.guardian(h.world.a.family1));
    await dailySawInTheCall('waiting');
    await dailySawInTheCall('participant', false);
    const error = await parent.parent.meetings
      .rejoin({ id: appointmentId })
      .catch((e: { code: string; message: string }) => e);
    expect(error).toMatchObject({ code: 'PRECONDITION_FAILED', message: expect.stringMatching(/Knock again/) });
    expect(tokens().filter((t) => t.role === 'admitted-guardian')).toEqual([]);
  });

  it('gives a parent Daily saw in the call a token that skips the lobby, under the same vouched name', async () => {
    await dailySawInTheCall('participant');
    const ticket = await h.as(h.guardian(h.world.a.family1)).parent.meetings.rejoin({ id: appointmentId });
    expect(ticket.you).toMatchObject({ role: 'guardian', userId: h.world.a.family1.guardian.id });
    expect(tokens().at(-1)).toMatchObject({ role: 'admitted-guardian', userId: h.world.a.family1.guardian.id });
  });

  it('is only for that meeting’s own parents, and only inside its window', async () => {
    expect(await outcome(h.as(h.guardian(h.world.b.family1)).parent.meetings.rejoin({ id: appointmentId }))).toBe(
      'NOT_FOUND',
    );
    h.clock.set('2030-03-04T13:45:00Z');
    expect(await outcome(h.as(h.guardian(h.world.a.family1)).parent.meetings.rejoin({ id: appointmentId }))).toBe(
      'PRECONDITION_FAILED',
    );
  });
});
