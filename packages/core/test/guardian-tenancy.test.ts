import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { guardians, guardianStudents, students } from '@edutrack/db';
import { importRoster, listStudentsForStaff, scheduleMeeting } from '../src/index.ts';
import { useHarness } from './harness.ts';

const h = useHarness();
const HEADER = 'student_ref,student_name,class,teacher_email,teacher_name,guardian_email,guardian_name';

describe('a parent known to two schools: each school sees only its own record of them', () => {
  it("another school's import naming an existing parent's email shows that school only the name it gave", async () => {
    const { a, b } = h.world;
    const parentOfA = a.family1.guardian;
    const adminB = await h.staff(b.admin);
    const csv = [HEADER, `B-77,Nia Cole,4 Blue,,,${parentOfA.email},Pat Cole`].join('\n');

    const preview = await importRoster(h.deps, adminB, { branchId: b.branch.id, csv, dryRun: true });
    // "New" means new to this school: the preview does not tell school B the address exists elsewhere.
    expect(preview.summary).toMatchObject({ guardiansCreated: 1, parentLinksAdded: 1 });
    const applied = await importRoster(h.deps, adminB, { branchId: b.branch.id, csv, dryRun: false });
    expect(applied.applied).toBe(true);

    const seenByB = await listStudentsForStaff(h.deps, adminB, { branchId: b.branch.id, search: 'Nia' });
    expect(seenByB[0]!.guardians).toEqual([{ id: parentOfA.id, name: 'Pat Cole' }]);
    // School B cannot find the parent under school A's name for them.
    expect(await listStudentsForStaff(h.deps, adminB, { branchId: b.branch.id, search: parentOfA.name })).toEqual([]);
    // School A still sees its own name, and not school B's.
    const adminA = await h.staff(a.admin);
    const seenByA = await listStudentsForStaff(h.deps, adminA, { branchId: a.branch.id, search: 'Pat Cole' });
    expect(seenByA).toEqual([]);
    const aStudents = await listStudentsForStaff(h.deps, adminA, { branchId: a.branch.id });
    expect(aStudents.flatMap((s) => s.guardians).find((g) => g.id === parentOfA.id)!.name).toBe(parentOfA.name);
    // A meeting school B schedules shows B's name; the stored identity is untouched.
    const [nia] = await h.testDb.db.select().from(students).where(eq(students.externalRef, 'B-77'));
    const meeting = await scheduleMeeting(h.deps, adminB, {
      branchId: b.branch.id,
      teacherId: b.teacher1.id,
      guardianId: parentOfA.id,
      studentId: nia!.id,
      startsAt: new Date('2030-03-05T17:00:00Z'),
      endsAt: new Date('2030-03-05T17:15:00Z'),
    } as never);
    expect(meeting.guardian.name).toBe('Pat Cole');
    const [identity] = await h.testDb.db.select().from(guardians).where(eq(guardians.id, parentOfA.id));
    expect(identity!.name).toBe(parentOfA.name);
  });

  it('naming a parent of another school without a name gets the same answer as an unknown address', async () => {
    const { a, b } = h.world;
    const adminB = await h.staff(b.admin);
    const known = await importRoster(h.deps, adminB, {
      branchId: b.branch.id,
      csv: [HEADER, `B-78,Ola Cole,,,,${a.family2.guardian.email},`].join('\n'),
      dryRun: true,
    });
    const unknown = await importRoster(h.deps, adminB, {
      branchId: b.branch.id,
      csv: [HEADER, `B-78,Ola Cole,,,,nobody.yet@example.com,`].join('\n'),
      dryRun: true,
    });
    expect(known.issues.map((i) => i.message.replace(a.family2.guardian.email, 'X'))).toEqual(
      unknown.issues.map((i) => i.message.replace('nobody.yet@example.com', 'X')),
    );
    expect(known.issues[0]!.message).toMatch(/new parent: fill in guardian_name/);
  });
});

describe('an import row matching an existing child changes it only when that change is confirmed', () => {
  it('the preview names the rename and the new parent link; the import refuses them until confirmed', async () => {
    const { a } = h.world;
    const adminA = await h.staff(a.admin);
    const child = a.family3.student;
    const csv = [HEADER, `${child.externalRef},Someone Else,,,,stranger@example.com,Sam Stranger`].join('\n');

    const preview = await importRoster(h.deps, adminA, { branchId: a.branch.id, csv, dryRun: true });
    expect(preview.changesToExistingChildren).toEqual({
      renamed: [{ line: 2, studentRef: child.externalRef, from: child.name, to: 'Someone Else' }],
      newParentLinks: [
        {
          line: 2,
          studentRef: child.externalRef,
          studentName: child.name,
          guardianEmail: 'stranger@example.com',
          guardianName: 'Sam Stranger',
        },
      ],
    });
    expect(preview.confirmationKey).toMatch(/^[0-9a-f]{16,}$/);

    const unconfirmed = await importRoster(h.deps, adminA, { branchId: a.branch.id, csv, dryRun: false });
    expect(unconfirmed).toMatchObject({ applied: false, needsConfirmation: true });
    const wrongKey = await importRoster(h.deps, adminA, {
      branchId: a.branch.id,
      csv,
      dryRun: false,
      confirmedChanges: 'f'.repeat(64),
    });
    expect(wrongKey.applied).toBe(false);
    const [still] = await h.testDb.db.select().from(students).where(eq(students.id, child.id));
    expect(still!.name).toBe(child.name);
    const links = await h.testDb.db.select().from(guardianStudents).where(eq(guardianStudents.studentId, child.id));
    expect(links).toHaveLength(1);

    const confirmed = await importRoster(h.deps, adminA, {
      branchId: a.branch.id,
      csv,
      dryRun: false,
      confirmedChanges: preview.confirmationKey!,
    });
    expect(confirmed.applied).toBe(true);
    const [renamed] = await h.testDb.db.select().from(students).where(eq(students.id, child.id));
    expect(renamed!.name).toBe('Someone Else');
    expect(
      await h.testDb.db.select().from(guardianStudents).where(eq(guardianStudents.studentId, child.id)),
    ).toHaveLength(2);
  });

  it('rows that only add new children, or repeat what is stored, need no confirmation', async () => {
    const { a } = h.world;
    const adminA = await h.staff(a.admin);
    const child = a.family1.student;
    const csv = [
      HEADER,
      `${child.externalRef},${child.name},,,,${a.family1.guardian.email},`,
      'N-1,New Kid,,,,new.parent@example.com,New Parent',
    ].join('\n');
    const report = await importRoster(h.deps, adminA, { branchId: a.branch.id, csv, dryRun: false });
    expect(report).toMatchObject({
      applied: true,
      needsConfirmation: false,
      changesToExistingChildren: { renamed: [], newParentLinks: [] },
    });
  });
});
