import { describe, expect, it } from 'vitest';
import { confirmItinerary, getEveningForGuardian, proposeItinerary } from '../../src/index.ts';
import { useHarness } from '../harness.ts';
import { at, eveningWorld, newEvening } from './evening-world.ts';

const h = useHarness();

describe('a parent of two books an itinerary across five teachers', () => {
  it('proposes back to back, holds, and confirms all at once with one email and one calendar file', async () => {
    const w = await eveningWorld(h);
    const evening = await newEvening(h, { teacherIds: w.teachers.map((t) => t.id) });
    const parent = h.guardian({ guardian: w.parent });
    const proposal = await proposeItinerary(h.deps, parent, {
      eveningId: evening.id,
      requests: [{ studentId: w.ada.id }, { studentId: w.ben.id }],
    });
    // Ada: 3 teachers, Ben: 3 (Ms. Clark teaches both, a separate meeting each) = 6 meetings of 10 minutes.
    expect(proposal.meetings).toHaveLength(6);
    expect(proposal.unserved).toEqual([]);
    expect(proposal.spanMinutes).toBe(60);
    expect(proposal.meetings[0]!.startsAt).toBe(at('17:00').toISOString());

    const confirmed = await confirmItinerary(h.deps, parent, {
      eveningId: evening.id,
      slotIds: proposal.meetings.map((m) => m.slotId),
    });
    expect(confirmed.meetings).toHaveLength(6);
    const mail = await h.lastMailTo(w.parent.email);
    expect(mail.kind).toBe('evening-confirmed');
    expect(mail.calendarIcs?.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    const view = await getEveningForGuardian(h.deps, parent, evening.id);
    expect(view.meetings).toHaveLength(6);
    expect(view.holds).toEqual([]);
  });
});
