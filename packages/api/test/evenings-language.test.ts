import { describe, expect, it } from 'vitest';
import { bookableEvening, useApiHarness } from './harness.ts';

const h = useApiHarness();

describe("a parents' evening proposal, in the language of the app that asked", () => {
  it('says why a request was left out in the parent’s language, with the names kept', async () => {
    const { a } = h.world;
    const admin = h.as(await h.staff(a.admin));
    const { id: eveningId } = await admin.staff.evenings.create(bookableEvening(a.branch.id));
    const request = { eveningId, requests: [{ studentId: a.family1.student.id, targetIds: [a.teacher1.id] }] };
    const inEnglish = h.as(h.guardian(a.family1));
    const first = await inEnglish.parent.evenings.propose(request);
    await inEnglish.parent.evenings.confirm({ eveningId, slotIds: first.meetings.map((m) => m.slotId) });

    // Asked again: that teacher is already booked for this child.
    const again = await h.as(h.guardian(a.family1), 'es').parent.evenings.propose(request);
    expect(again.unserved).toMatchObject([{ reason: 'already_booked' }]);
    expect(again.unserved[0]!.message).toBe(
      `Ya tiene una reunión con ${a.teacher1.displayName} sobre ${a.family1.student.name}.`,
    );
    const english = await inEnglish.parent.evenings.propose(request);
    expect(english.unserved[0]!.message).toBe(
      `You already have a meeting with ${a.teacher1.displayName} about ${a.family1.student.name}.`,
    );
  });
});
