import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { guardians } from '@edutrack/db';
import { scheduleMeeting, setGuardianLanguage } from '../src/index.ts';
import { later, useHarness } from './harness.ts';

const h = useHarness();

describe('mail in the language the parent chose', () => {
  it('writes the parent’s copy in Arabic (right to left) and the teacher’s in the school’s English', async () => {
    const { teacher1, family1 } = h.world.a;
    const parent = h.guardian(family1);
    await setGuardianLanguage(h.deps, parent, 'ar');
    const [stored] = await h.testDb.db.select().from(guardians).where(eq(guardians.id, family1.guardian.id));
    expect(stored!.language).toBe('ar');

    await scheduleMeeting(h.deps, await h.staff(teacher1), {
      guardianId: family1.guardian.id,
      studentId: family1.student.id,
      startsAt: later(60),
      endsAt: later(75),
      topic: null,
    });
    const toParent = await h.lastMailTo(family1.guardian.email);
    expect(toParent.subject).toMatch(/^تم تحديد اجتماع/);
    expect(toParent.bodyText).toContain('مرحبًا');
    expect(toParent.bodyHtml).toContain('<html lang="ar" dir="rtl">');
    const toTeacher = await h.lastMailTo(teacher1.email);
    expect(toTeacher.subject).toMatch(/^Meeting scheduled/);
  });
});
