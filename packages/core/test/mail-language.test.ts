import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { guardians, pushSubscriptions } from '@edutrack/db';
import {
  confirmItinerary,
  createSession,
  hashOpaqueToken,
  inviteToMeeting,
  nudgeFamilies,
  proposeItinerary,
  scheduleMeeting,
  setGuardianLanguage,
} from '../src/index.ts';
import { eveningWorld, newEvening } from './evenings/evening-world.ts';
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

/** A phone of the parent's that allows notifications; returns the titles of the pushes queued for it. */
async function aPhone(guardianId: string): Promise<() => Promise<string[]>> {
  const session = await createSession(h.testDb.db, h.clock, 'guardian', guardianId);
  const [device] = await h.testDb.db
    .insert(pushSubscriptions)
    .values({
      guardianId,
      sessionId: hashOpaqueToken(session.token),
      endpoint: `https://push.example/${guardianId}`,
      p256dh: 'key',
      auth: 'auth',
    })
    .returning();
  return async () => {
    const rows = await h.testDb.db.execute<{ title: string }>(
      sql`SELECT j.payload->>'title' AS title FROM graphile_worker._private_jobs j
        JOIN graphile_worker._private_tasks t ON t.id = j.task_id
        WHERE t.identifier = 'push:deliver' AND j.payload->>'subscriptionId' = ${device!.id} ORDER BY j.id`,
    );
    return rows.map((r) => r.title);
  };
}

describe('the messages of this round in the parent’s language', () => {
  it('confirms a whole parents’ evening in Arabic, right to left, calendar file included', async () => {
    const w = await eveningWorld(h);
    const evening = await newEvening(h, { teacherIds: w.teachers.map((t) => t.id) });
    const parent = h.guardian({ guardian: { ...w.parent, language: 'ar' } });
    await setGuardianLanguage(h.deps, parent, 'ar');
    const pushTitles = await aPhone(w.parent.id);
    const proposal = await proposeItinerary(h.deps, parent, {
      eveningId: evening.id,
      requests: [{ studentId: w.ada.id }, { studentId: w.ben.id }],
    });
    await confirmItinerary(h.deps, parent, { eveningId: evening.id, slotIds: proposal.meetings.map((m) => m.slotId) });

    const mail = await h.lastMailTo(w.parent.email);
    // Six meetings: Arabic's own plural ("6 اجتماعات"), not an English "meetings".
    expect(mail.subject).toMatch(new RegExp(`^تم الحجز: ${evening.name}، 6 اجتماعات ابتداءً من`));
    expect(mail.bodyHtml).toContain('<html lang="ar" dir="rtl">');
    expect(mail.bodyText).toContain('تم حجز اجتماعاتك');
    expect(mail.bodyText).toContain('Ms. Adams، بخصوص Ada');
    expect(mail.bodyText).not.toMatch(/Hello|Booked|about/);
    // Calendar lines are folded at 75 octets: unfold before reading.
    const ics = mail.calendarIcs!.replace(/\r?\n /g, '');
    expect(ics).toContain('يُفتح زر «الانضمام إلى مكالمة الفيديو»');
    expect(ics).toContain(`SUMMARY:${evening.name}: Ada مع Ms. Adams`);
    expect(await pushTitles()).toContain(`تم الحجز: ${evening.name}`);
  });

  it('reminds an Arabic-reading parent to book in Arabic, right to left, email and push', async () => {
    const { a } = h.world;
    await setGuardianLanguage(h.deps, h.guardian(a.family2), 'ar');
    const pushTitles = await aPhone(a.family2.guardian.id);
    await nudgeFamilies(h.deps, await h.staff(a.admin), {
      branchId: a.branch.id,
      firstDay: '2030-03-01',
      lastDay: '2030-03-31',
      guardianIds: [a.family2.guardian.id],
    });
    const mail = await h.lastMailTo(a.family2.guardian.email);
    expect(mail.subject).toBe(`يرجى حجز اجتماعك بخصوص ${a.family2.student.name}`);
    expect(mail.bodyHtml).toContain('<html lang="ar" dir="rtl">');
    expect(mail.bodyText).toContain('احجز اجتماعًا: http://localhost:3000/parent/book');
    expect(await pushTitles()).toContain('احجز اجتماعك');
  });

  it('writes a guest’s invitation in the Spanish of the parent who invited them', async () => {
    const { family1, teacher1 } = h.world.a;
    const parent = h.guardian({ guardian: { ...family1.guardian, language: 'es' } });
    await setGuardianLanguage(h.deps, parent, 'es');
    const appointmentId = await h.scheduleMeeting(24 * 60);
    await inviteToMeeting(h.deps, parent, {
      appointmentId,
      invitee: { kind: 'guest', email: 'interprete@example.test', roleLabel: 'Intérprete' },
    });
    const mail = await h.lastMailTo('interprete@example.test');
    expect(mail.subject).toBe(`${family1.guardian.name} le ha invitado a una reunión con ${teacher1.displayName}`);
    expect(mail.bodyText).toContain('Participa como: Intérprete');
    expect(mail.bodyText).toContain('Unirse a la reunión: http://localhost:3000/parent/guest#invite=');
    expect(mail.bodyHtml).toContain('<html lang="es" dir="ltr">');
  });
});
