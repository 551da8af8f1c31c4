import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RosterImportPage } from '../../src/features/roster/roster-import-page.tsx';
import { fakeApi } from '../support/fake-api.ts';
import { BRANCH, staffMe } from '../support/fixtures.ts';
import { renderPortal } from '../support/render-portal.tsx';

const BAD_CSV = 'student_ref,student_name,guardian_email\nR-1,Mia Park,not-an-email\n,Tom Lee,\n';
const GOOD_CSV =
  'student_ref,student_name,class,year_group,guardian_email\nR-1,Mia Park,4 Blue,Year 4,mia.parent@example.com\n';
const YEAR_GROUP_CHANGES = [{ line: 2, className: '4 Blue', from: 'Year 3', to: 'Year 4' }];
const summary = {
  classesCreated: 0,
  yearGroupsChanged: 1,
  teachersCreated: 0,
  teachersAddedToBranch: 0,
  studentsCreated: 1,
  studentsRenamed: 0,
  guardiansCreated: 1,
  parentLinksAdded: 1,
  classPlacesAdded: 0,
  classTeachersAdded: 0,
};

function rosterApi() {
  return fakeApi({
    'staff.directory.importRoster': (input: { csv: string; dryRun: boolean }) =>
      input.csv === BAD_CSV
        ? {
            dryRun: input.dryRun,
            applied: false,
            rowCount: 2,
            summary: null,
            issues: [
              { line: 2, column: 'guardian_email', message: '"not-an-email" is not an email address.' },
              { line: 3, column: 'student_ref', message: 'Every row needs a student_ref.' },
            ],
            changesToExistingChildren: { renamed: [], newParentLinks: [] },
            yearGroupChanges: [],
            confirmationKey: null,
            needsConfirmation: false,
          }
        : {
            dryRun: input.dryRun,
            applied: !input.dryRun,
            rowCount: 1,
            summary,
            issues: [],
            changesToExistingChildren: { renamed: [], newParentLinks: [] },
            yearGroupChanges: YEAR_GROUP_CHANGES,
            confirmationKey: null,
            needsConfirmation: false,
          },
  });
}

const CHANGING_CSV =
  'student_ref,student_name,guardian_email,guardian_name\nR-7,Someone Else,sam@example.com,Sam Stranger\n';
const KEY = 'a'.repeat(64);
const changes = {
  renamed: [{ line: 2, studentRef: 'R-7', from: 'Mia Park', to: 'Someone Else' }],
  newParentLinks: [
    {
      line: 2,
      studentRef: 'R-7',
      studentName: 'Mia Park',
      guardianEmail: 'sam@example.com',
      guardianName: 'Sam Stranger',
    },
  ],
};
function changingApi() {
  return fakeApi({
    'staff.directory.importRoster': (input: { dryRun: boolean; confirmedChanges?: string }) => {
      const applied = !input.dryRun && input.confirmedChanges === KEY;
      return {
        dryRun: input.dryRun,
        applied,
        rowCount: 1,
        summary: { ...summary, studentsCreated: 0, studentsRenamed: 1, guardiansCreated: 1, parentLinksAdded: 1 },
        issues: [],
        changesToExistingChildren: changes,
        yearGroupChanges: [],
        confirmationKey: KEY,
        needsConfirmation: !input.dryRun && !applied,
      };
    },
  });
}

const choose = (user: ReturnType<typeof userEvent.setup>, csv: string) =>
  user.upload(screen.getByLabelText('Roster file (CSV)'), new File([csv], 'roster.csv', { type: 'text/csv' }));

describe('importing the directory from CSV', () => {
  it('previews every problem with its line and column, and offers no import until the file is clean', async () => {
    const api = rosterApi();
    renderPortal(<RosterImportPage />, { api, me: staffMe('admin') });
    const user = userEvent.setup();
    expect(screen.getByText('student_ref')).toBeTruthy();
    await choose(user, BAD_CSV);
    await user.click(screen.getByRole('button', { name: 'Preview import' }));

    expect(await screen.findByRole('heading', { name: '2 problems to fix' })).toBeTruthy();
    const issues = within(screen.getByRole('region', { name: '2 problems to fix' })).getByRole('table');
    const rows = within(issues)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['2', 'guardian_email', '"not-an-email" is not an email address.'],
      ['3', 'student_ref', 'Every row needs a student_ref.'],
    ]);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Import' }).disabled).toBe(true);
    expect(api.callsTo('staff.directory.importRoster')).toEqual([{ branchId: BRANCH.id, csv: BAD_CSV, dryRun: true }]);
  });

  it('shows the counts of a clean preview, then imports for real', async () => {
    const api = rosterApi();
    renderPortal(<RosterImportPage />, { api, me: staffMe('admin') });
    const user = userEvent.setup();
    await choose(user, GOOD_CSV);
    await user.click(screen.getByRole('button', { name: 'Preview import' }));
    expect(await screen.findByRole('heading', { name: 'Preview: 1 row, no problems' })).toBeTruthy();
    expect(screen.getByText('New children').nextElementSibling?.textContent).toBe('1');
    const moved = screen.getByRole('table', { name: 'Classes in a new year group' });
    expect(within(moved).getByText('4 Blue').closest('tr')!.textContent).toBe('24 BlueYear 3Year 4');

    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('heading', { name: 'Imported 1 row' })).toBeTruthy();
    await waitFor(() =>
      expect(api.callsTo('staff.directory.importRoster').map((i) => i.dryRun)).toEqual([true, false]),
    );
  });

  it('names each existing child that would change and each new parent link, and imports them only once confirmed', async () => {
    const api = changingApi();
    renderPortal(<RosterImportPage />, { api, me: staffMe('admin') });
    const user = userEvent.setup();
    await choose(user, CHANGING_CSV);
    await user.click(screen.getByRole('button', { name: 'Preview import' }));
    const region = await screen.findByRole('region', { name: 'Changes to children already in the directory' });
    expect(within(region).getByText(/Mia Park \(R-7\) would be renamed to Someone Else/)).toBeTruthy();
    expect(
      within(region).getByText(/Sam Stranger \(sam@example.com\) would become a parent of Mia Park \(R-7\)/),
    ).toBeTruthy();
    const importButton = screen.getByRole<HTMLButtonElement>('button', { name: 'Import' });
    expect(importButton.disabled).toBe(true);

    await user.click(within(region).getByRole('checkbox', { name: /I have checked these changes/ }));
    expect(importButton.disabled).toBe(false);
    await user.click(importButton);
    expect(await screen.findByRole('heading', { name: 'Imported 1 row' })).toBeTruthy();
    expect(api.callsTo('staff.directory.importRoster').at(-1)).toMatchObject({ dryRun: false, confirmedChanges: KEY });
  });
});
