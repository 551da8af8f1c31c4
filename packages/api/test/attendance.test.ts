import { beforeAll, expect, it } from 'vitest';
import { meetingPresence } from '@edutrack/db';
import { useApiHarness } from './harness.ts';

const h = useApiHarness();
let appointmentId: string;

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
});

it('names a vouched parent once, by their name on file, beside the role (not "… (parent of …) (Parent)")', async () => {
  const { family1 } = h.world.a;
  await h.testDb.db.insert(meetingPresence).values([
    {
      appointmentId,
      kind: 'participant',
      sessionId: 's-parent',
      role: 'guardian',
      userId: family1.guardian.id,
      userName: `${family1.guardian.name} (parent of ${family1.student.name})`,
      joinedAt: new Date('2030-03-04T13:01:00Z'),
    },
    {
      appointmentId,
      kind: 'waiting',
      sessionId: 's-guest',
      role: 'guest',
      userId: null,
      userName: 'Somebody',
      joinedAt: new Date('2030-03-04T13:02:00Z'),
    },
  ]);
  const rows = await h.as(await h.staff(h.world.a.teacher1)).staff.meetings.attendance({ id: appointmentId });
  expect(rows.map((r) => [r.name, r.role])).toEqual([
    [family1.guardian.name, 'guardian'],
    ['Somebody', 'guest'],
  ]);
});
