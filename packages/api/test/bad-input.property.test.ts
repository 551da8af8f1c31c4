import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { allProcedures, callByPath } from './procedures.ts';
import { useApiHarness } from './harness.ts';

const h = useApiHarness();
let ids: string[] = [];
let idsByKind: Record<string, string[]> = {};
let roles: Record<string, () => Promise<ReturnType<typeof h.as>>> = {};

/** Everything a call could have written, as one hash per table (rate-limit counters excepted: counting failures is their job). */
async function fingerprint(): Promise<string> {
  const tables = [
    'appointments',
    'availability_slots',
    'appointment_rooms',
    'sessions',
    'login_tokens',
    'outbox_emails',
    'students',
    'guardians',
    'staff_users',
    'staff_roles',
    'classes',
    'class_students',
    'class_teachers',
    'guardian_students',
    'school_guardians',
    'branches',
    'meeting_presence',
  ];
  const parts = await Promise.all(
    tables.map(
      async (t) =>
        (
          await h.testDb.db.execute<{ h: string | null }>(
            sql.raw(`SELECT md5(string_agg(x::text, ',' ORDER BY x::text)) AS h FROM ${t} x`),
          )
        )[0]!.h,
    ),
  );
  const [jobs] = await h.testDb.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM graphile_worker.jobs`);
  return `${parts.join('|')}|${jobs!.n}`;
}

beforeAll(async () => {
  const { a, b } = h.world;
  const teacher = h.as(await h.staff(a.teacher1));
  const meeting = await teacher.staff.appointments.schedule({
    guardianId: a.family1.guardian.id,
    studentId: a.family1.student.id,
    startsAt: '2030-03-05T17:00:00Z',
    endsAt: '2030-03-05T17:15:00Z',
  });
  const slots = await teacher.staff.availability.publish({
    date: '2030-03-06',
    startTime: '17:00',
    endTime: '17:30',
    slotMinutes: 10,
    gapMinutes: 0,
  });
  const otherMeeting = await h.as(await h.staff(b.teacher1)).staff.appointments.schedule({
    guardianId: b.family1.guardian.id,
    studentId: b.family1.student.id,
    startsAt: '2030-03-05T17:00:00Z',
    endsAt: '2030-03-05T17:15:00Z',
  });
  // Ids of real objects, by what they are, of several owners: generated calls name things that exist.
  idsByKind = {
    meeting: [meeting.id, otherMeeting.id],
    slot: slots.created.map((s) => s.id),
    student: [a.family1.student.id, a.family3.student.id, b.family1.student.id],
    parent: [a.family1.guardian.id, a.family3.guardian.id, b.family1.guardian.id],
    teacher: [a.teacher1.id, a.teacher2.id, b.teacher1.id],
    branch: [a.branch.id, b.branch.id],
  };
  ids = [
    meeting.id,
    ...slots.created.map((s) => s.id),
    a.branch.id,
    b.branch.id,
    a.teacher1.id,
    a.teacher2.id,
    b.teacher1.id,
    a.family1.student.id,
    a.family3.student.id,
    b.family1.student.id,
    a.family1.guardian.id,
    b.family2.guardian.id,
  ];
  roles = {
    anonymous: async () => h.as(null),
    owningTeacher: async () => h.as(await h.staff(a.teacher1)),
    owningParent: async () => h.as(h.guardian(a.family1)),
    teacher: async () => h.as(await h.staff(a.teacher2)),
    admin: async () => h.as(await h.staff(a.admin)),
    otherBranchAdmin: async () => h.as(await h.staff(b.admin)),
    parent: async () => h.as(h.guardian(a.family3)),
    otherBranchParent: async () => h.as(h.guardian(b.family1)),
  };
});

const value = () =>
  fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.double({ noNaN: false }),
    fc.string({ maxLength: 40 }),
    fc.string({ minLength: 300, maxLength: 3000 }),
    fc.uuid(),
    fc.constantFrom(...ids),
    fc
      .date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    fc.constantFrom(
      'upcoming',
      'past',
      'range',
      '2030-03-05',
      '17:00',
      '25:99',
      'Mars/Olympus',
      'Europe/London',
      '',
      '   ',
      'a@b.c',
      '<script>',
      "'; DROP TABLE appointments; --",
      'student_ref,student_name\nR,N',
    ),
    fc.array(fc.constantFrom(...ids), { maxLength: 3 }),
    unstorableText(),
  );

/**
 * Text PostgreSQL cannot store (NUL, lone surrogates), alone or inside otherwise plausible values:
 * an email, a topic, a roster line, a time.
 */
const unstorableText = () =>
  fc
    .tuple(
      fc.constantFrom('li.chen@example.com', 'Reading progress', 'student_ref,student_name\nR1,Ann', '17:00', ''),
      fc.constantFrom('\u0000', '\uD800', '\uDFFF', '\u0000\u0000'),
      fc.nat(),
    )
    .map(([base, bad, at]) => base.slice(0, at % (base.length + 1)) + bad + base.slice(at % (base.length + 1)));

/** Field-aware: mostly plausible values for what the field is, so calls reach deep into the services. */
const KIND_OF_FIELD: Record<string, string> = {
  id: 'meeting',
  slotId: 'slot',
  slotIds: 'slot',
  studentId: 'student',
  guardianId: 'parent',
  teacherId: 'teacher',
  branchId: 'branch',
};
const valueFor = (field: string) => {
  const kind = KIND_OF_FIELD[field];
  if (kind && field.endsWith('Ids'))
    return fc.oneof(
      { weight: 6, arbitrary: fc.array(fc.constantFrom(...idsByKind[kind]!), { minLength: 1, maxLength: 3 }) },
      { weight: 1, arbitrary: value() },
    );
  if (kind)
    return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...idsByKind[kind]!) }, { weight: 1, arbitrary: value() });
  if (/^(email|topic|reason|search|csv|password|token)$/.test(field))
    return fc.oneof({ weight: 2, arbitrary: unstorableText() }, { weight: 3, arbitrary: value() });
  if (/At$|^from$|^to$/.test(field)) {
    return fc.oneof(
      {
        weight: 6,
        arbitrary: fc.constantFrom(
          '2030-03-05T17:00:00Z',
          '2030-03-05T17:10:00Z',
          '2030-03-05T17:15:00Z',
          '2030-03-05T18:00:00Z',
          '2030-03-05T18:20:00Z',
          '2030-03-04T11:00:00Z',
        ),
      },
      { weight: 1, arbitrary: value() },
    );
  }
  return value();
};

describe('every procedure, every role, generated input: never a 500, nothing stored by a rejected call', () => {
  it.each(allProcedures.map((p) => [p.path, p] as const))('%s', async (_path, procedure) => {
    const input = fc.oneof(
      { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
      {
        weight: 6,
        arbitrary: fc.record(Object.fromEntries(procedure.fields.map((f) => [f, valueFor(f)])), { requiredKeys: [] }),
      },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(roles)), input, async (role, generated) => {
        const before = procedure.type === 'mutation' ? await fingerprint() : '';
        const caller = await roles[role]!();
        const outcome = await callByPath(caller, procedure.path, generated).then(
          () => 'OK',
          (e: { code?: string }) => e.code ?? 'THREW',
        );
        expect(outcome, `${role} ${JSON.stringify(generated)?.slice(0, 200)}`).not.toMatch(
          /INTERNAL_SERVER_ERROR|THREW/,
        );
        if (procedure.type === 'mutation' && outcome !== 'OK') expect(await fingerprint()).toBe(before);
      }),
      { numRuns: 60, seed: 20261123 },
    );
  });
});
