import { describe, expect, it } from 'vitest';
import { openStaffPortal, signIn, serverAndBrowserForThisFile } from './staff-browser.ts';

const running = serverAndBrowserForThisFile();

const ROSTER_WITH_A_BAD_ROW = [
  'student_ref,student_name,class,guardian_email,guardian_name',
  'R-601,Ivy Brooks,Year 4 Blue,ivy.parent@example.com,Jo Brooks',
  'R-602,Omar Haddad,Year 4 Blue,not-an-email,Sami Haddad',
].join('\n');

describe('a branch admin in the staff portal', () => {
  it("switches between teachers' agendas", async () => {
    const page = await openStaffPortal(running.browser, running.server.url);
    await signIn(page, 'dana.admin@riverside.test');
    const agenda = page.getByRole('main');
    await agenda.getByText('Maths homework').waitFor();
    await agenda.getByText('Reading progress this term').waitFor();

    await page.getByLabel('Showing').selectOption({ label: 'Ms. Rivera (Ana Rivera)' });
    await page.getByText('Meetings of Ms. Rivera.').waitFor();
    await agenda.getByText('Reading progress this term').waitFor();
    await agenda.getByText('Maths homework').waitFor({ state: 'detached' });

    await page.getByLabel('Showing').selectOption({ label: 'Mr. Okafor (Ben Okafor)' });
    await agenda.getByText('Maths homework').waitFor();
    await agenda.getByText('Reading progress this term').waitFor({ state: 'detached' });
    expect(await agenda.getByRole('listitem').getByRole('link').allTextContents()).toEqual([
      'Li Chen, parent of Sam Chen',
    ]);
  });

  it('previews a roster CSV and shows the row that needs fixing', async () => {
    const page = await openStaffPortal(running.browser, running.server.url);
    await signIn(page, 'dana.admin@riverside.test');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import directory' }).click();
    await page
      .getByLabel('Roster file (CSV)')
      .setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER_WITH_A_BAD_ROW) });
    await page.getByRole('button', { name: 'Preview import' }).click();

    const issues = page.getByRole('region', { name: '1 problem to fix' });
    await issues.waitFor();
    expect(await issues.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual([
      '3',
      'guardian_email',
      '"not-an-email" is not a valid email address.',
    ]);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
  });
});
