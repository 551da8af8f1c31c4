import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { classes } from '@edutrack/db';
import { importRoster } from '../src/index.ts';
import { useHarness } from './harness.ts';

const h = useHarness();

const WITH_YEARS = [
  'student_ref,student_name,class,year_group,teacher_email,teacher_name',
  'R-1,Maya Chen,7 Blue,Year 7,ana.rivera@school.test,Ms. Rivera',
  'R-2,Tom Okafor,8 Green,Year 8,ben.okafor@school.test,Mr. Okafor',
].join('\n');

const yearGroupOf = async (name: string) =>
  (await h.testDb.db.select().from(classes).where(eq(classes.name, name)))[0]?.yearGroup;

describe('the roster’s year_group column', () => {
  it('gives classes their year group; a file without the column leaves it as it is', async () => {
    const admin = await h.staff(h.world.a.admin);
    const branchId = h.world.a.branch.id;
    const first = await importRoster(h.deps, admin, { branchId, csv: WITH_YEARS, dryRun: false });
    expect(first).toMatchObject({ applied: true, summary: { classesCreated: 2, yearGroupsChanged: 0 } });
    expect(await yearGroupOf('7 Blue')).toBe('Year 7');
    expect(await yearGroupOf('8 Green')).toBe('Year 8');

    const old = 'student_ref,student_name,class\nR-1,Maya Chen,7 Blue\nR-3,Zoe Park,9 Red';
    const withoutColumn = await importRoster(h.deps, admin, { branchId, csv: old, dryRun: false });
    expect(withoutColumn).toMatchObject({ applied: true, issues: [], yearGroupChanges: [] });
    expect(await yearGroupOf('7 Blue')).toBe('Year 7');
    expect(await yearGroupOf('9 Red')).toBeNull();
  });

  it('reports a class moved to another year group in the preview, and moves it on import', async () => {
    const admin = await h.staff(h.world.a.admin);
    const branchId = h.world.a.branch.id;
    await importRoster(h.deps, admin, { branchId, csv: WITH_YEARS, dryRun: false });
    const moved = WITH_YEARS.replace('7 Blue,Year 7', '7 Blue,Year 8');

    const preview = await importRoster(h.deps, admin, { branchId, csv: moved, dryRun: true });
    expect(preview.summary).toMatchObject({ yearGroupsChanged: 1, classesCreated: 0 });
    expect(preview.yearGroupChanges).toEqual([{ line: 2, className: '7 Blue', from: 'Year 7', to: 'Year 8' }]);
    expect(await yearGroupOf('7 Blue')).toBe('Year 7');

    const applied = await importRoster(h.deps, admin, { branchId, csv: moved, dryRun: false });
    expect(applied.applied).toBe(true);
    expect(await yearGroupOf('7 Blue')).toBe('Year 8');
  });

  it('a class given two year groups in one file is a problem on the row that disagrees', async () => {
    const admin = await h.staff(h.world.a.admin);
    const csv = `${WITH_YEARS}\nR-4,Ava Patel,7 Blue,Year 9,,\nR-5,Noah Smith,,Year 7,,`;
    const report = await importRoster(h.deps, admin, { branchId: h.world.a.branch.id, csv, dryRun: true });
    expect(report.issues).toEqual([
      {
        line: 5,
        column: 'class',
        message: 'A year group is named but no class: fill in the class.',
      },
      { line: 4, column: 'year_group', message: 'Class 7 Blue is "Year 7" on line 2 but "Year 9" here.' },
    ]);
  });
});
