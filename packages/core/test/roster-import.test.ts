import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { classes, guardians, staffUsers, students } from '@edutrack/db';
import { type AppError, importRoster } from '../src/index.ts';
import { useHarness } from './harness.ts';

const h = useHarness();

const HEADER = 'student_ref,student_name,class,teacher_email,teacher_name,guardian_email,guardian_name';
const GOOD = [
  HEADER,
  'R-1,Maya Chen,Year 4 Blue,ana.rivera@school.test,Ms. Rivera,li.chen@example.com,Li Chen',
  'R-1,Maya Chen,Year 4 Blue,ana.rivera@school.test,Ms. Rivera,wei.chen@example.com,Wei Chen',
  'R-2,Tom Okafor,Year 5 Green,ben.okafor@school.test,Mr. Okafor,ada.okafor@example.com,Ada Okafor',
  'R-3,"Zoë ""Zee"" Park",Year 4 Blue,,,,',
].join('\n');

const snapshot = async () => ({
  students: (await h.testDb.db.select().from(students)).length,
  classes: (await h.testDb.db.select().from(classes)).length,
  guardians: (await h.testDb.db.select().from(guardians)).length,
  staff: (await h.testDb.db.select().from(staffUsers)).length,
});

describe('roster CSV import', () => {
  it('a preview reports exactly what an import would do and writes nothing', async () => {
    const admin = await h.staff(h.world.a.admin);
    const before = await snapshot();
    const report = await importRoster(h.deps, admin, { branchId: h.world.a.branch.id, csv: GOOD, dryRun: true });
    expect(report).toMatchObject({
      dryRun: true,
      applied: false,
      rowCount: 4,
      issues: [],
      summary: {
        classesCreated: 2,
        teachersCreated: 2,
        studentsCreated: 3,
        guardiansCreated: 3,
        parentLinksAdded: 3,
        classPlacesAdded: 3,
        classTeachersAdded: 2,
      },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('imports everything, invites new teachers, and a re-import changes nothing', async () => {
    const admin = await h.staff(h.world.a.admin);
    const report = await importRoster(h.deps, admin, { branchId: h.world.a.branch.id, csv: GOOD, dryRun: false });
    expect(report).toMatchObject({ applied: true, summary: { studentsCreated: 3, teachersCreated: 2 } });
    const [zee] = await h.testDb.db.select().from(students).where(eq(students.externalRef, 'R-3'));
    expect(zee!.name).toBe('Zoë "Zee" Park');
    const invites = (await h.outbox()).filter((m) => m.subject.includes('invited'));
    expect(invites.map((m) => m.toAddress).sort()).toEqual(['ana.rivera@school.test', 'ben.okafor@school.test']);
    expect(invites[0]!.bodyText).toMatch(/\/staff\/set-password#token=/);

    const again = await importRoster(h.deps, admin, { branchId: h.world.a.branch.id, csv: GOOD, dryRun: false });
    expect(again.summary).toEqual({
      classesCreated: 0,
      yearGroupsChanged: 0,
      teachersCreated: 0,
      teachersAddedToBranch: 0,
      studentsCreated: 0,
      studentsRenamed: 0,
      guardiansCreated: 0,
      parentLinksAdded: 0,
      classPlacesAdded: 0,
      classTeachersAdded: 0,
    });
  });

  it('reports every bad row with its line and imports nothing at all', async () => {
    const admin = await h.staff(h.world.a.admin);
    const before = await snapshot();
    const csv = [
      HEADER,
      'R-10,Good Row,Year 6,,,ok.parent@example.com,OK Parent',
      ',No Ref,,,,,',
      'R-11,Bad Email,Year 6,,,not-an-email,Someone',
      'R-12,Teacher No Class,,t@school.test,T,,',
      'R-10,Different Name,Year 6,,,,',
      'R-13,New Parent No Name,,,,new.parent@example.com,',
    ].join('\n');
    const report = await importRoster(h.deps, admin, { branchId: h.world.a.branch.id, csv, dryRun: false });
    expect(report.applied).toBe(false);
    expect(report.issues.map((i) => [i.line, i.column])).toEqual([
      [3, 'student_ref'],
      [4, 'guardian_email'],
      [5, 'class'],
      [6, 'student_name'],
    ]);
    expect(report.issues[3]!.message).toMatch(/"Good Row" on line 2 but "Different Name" here/);
    expect(await snapshot()).toEqual(before);

    // Fixing the row errors surfaces the database check (a new parent needs a name), still all-or-nothing.
    const fixed = [
      HEADER,
      'R-10,Good Row,Year 6,,,ok.parent@example.com,OK Parent',
      'R-13,New Parent No Name,,,,new.parent@example.com,',
    ].join('\n');
    const second = await importRoster(h.deps, admin, { branchId: h.world.a.branch.id, csv: fixed, dryRun: false });
    expect(second.issues).toEqual([
      { line: 3, column: 'guardian_name', message: 'new.parent@example.com is a new parent: fill in guardian_name.' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('explains a wrong header and malformed CSV', async () => {
    const admin = await h.staff(h.world.a.admin);
    const header = await importRoster(h.deps, admin, {
      branchId: h.world.a.branch.id,
      csv: 'name,email\nA,b@c.d',
      dryRun: true,
    });
    expect(header.issues[0]!.message).toMatch(/missing student_ref, student_name and unknown "name", "email"/);
    const broken = await importRoster(h.deps, admin, {
      branchId: h.world.a.branch.id,
      csv: `${HEADER}\nR-1,"unclosed,,,,,,`,
      dryRun: true,
    });
    expect(broken.issues[0]!.message).toMatch(/not valid CSV/);
  });

  it('only a branch admin of that branch may import', async () => {
    const teacher = await h.staff(h.world.a.teacher1);
    const otherAdmin = await h.staff(h.world.b.admin);
    const run = (staff: Awaited<ReturnType<typeof h.staff>>) =>
      importRoster(h.deps, staff, { branchId: h.world.a.branch.id, csv: GOOD, dryRun: true }).catch(
        (e: AppError) => e.code,
      );
    expect(await run(teacher)).toBe('FORBIDDEN');
    expect(await run(otherAdmin)).toBe('NOT_FOUND');
  });
});
