import { describe, expect, it } from 'vitest';
import { planSlotRun } from '../../src/lib/slot-plan.ts';

const times = (plan: ReturnType<typeof planSlotRun>) =>
  plan.ok ? plan.slots.map((s) => `${s.startsAt.toISOString().slice(11, 16)}`) : plan.problem;

describe('planning a run of slots', () => {
  it('fits slots and gaps between the start and end, in the branch zone', () => {
    const plan = planSlotRun(
      { date: '2030-03-05', startTime: '17:00', endTime: '18:00', slotMinutes: 10, gapMinutes: 2 },
      'Europe/London',
    );
    expect(times(plan)).toEqual(['17:00', '17:12', '17:24', '17:36', '17:48']);
    const summer = planSlotRun(
      { date: '2030-07-05', startTime: '17:00', endTime: '17:30', slotMinutes: 15, gapMinutes: 0 },
      'Europe/London',
    );
    expect(times(summer)).toEqual(['16:00', '16:15']);
  });

  it('explains runs that would make no slots, or too many', () => {
    const run = { date: '2030-03-05', startTime: '17:00', endTime: '17:08', slotMinutes: 10, gapMinutes: 2 };
    expect(planSlotRun(run, 'Europe/London')).toMatchObject({
      ok: false,
      field: 'endTime',
      problem: 'No 10-minute slot fits between 17:00 and 17:08.',
    });
    expect(planSlotRun({ ...run, endTime: '16:00' }, 'Europe/London')).toMatchObject({
      ok: false,
      problem: 'The end time must be after the start time.',
    });
    expect(planSlotRun({ ...run, slotMinutes: 3 }, 'Europe/London')).toMatchObject({ ok: false, field: 'slotMinutes' });
    expect(
      planSlotRun({ ...run, startTime: '00:00', endTime: '23:55', slotMinutes: 5, gapMinutes: 0 }, 'Europe/London'),
    ).toMatchObject({
      ok: false,
      problem: 'That would make 287 slots; publish at most 100 at a time.',
    });
  });
});
