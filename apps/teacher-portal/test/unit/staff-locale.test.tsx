import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Meeting, StaffMe } from '../../src/api/types.ts';
import { MeetingCard } from '../../src/features/meetings/meeting-card.tsx';
import { MeetingFacts } from '../../src/features/meetings/meeting-facts.tsx';
import { BranchSettingsPage } from '../../src/features/settings/branch-settings-page.tsx';
import { fakeApi } from '../support/fake-api.ts';
import { meeting, staffMe } from '../support/fixtures.ts';
import { renderPortal } from '../support/render-portal.tsx';

/** Issue 15, staff side: the branch's language and region styles every date, and staff see a parent's language. */
const withLocale = (me: StaffMe, locale: string): StaffMe => ({
  ...me,
  branches: me.branches.map((b) => ({ ...b, locale })),
});
const settingsApi = () =>
  fakeApi({
    'staff.directory.updateBranch': (input) => ({ ...input }),
    'staff.notifications.reminderSettings': () => ({ offsetsMinutes: [1440], emailEnabled: true, pushEnabled: true }),
    'staff.notifications.undeliveredEmails': () => [],
  });
// 17:00–17:10 London time on Tue 24 Nov 2026 (London is on UTC then).
const nov24 = (overrides: Partial<Meeting> = {}) =>
  meeting({ startsAt: '2026-11-24T17:00:00.000Z', endsAt: '2026-11-24T17:10:00.000Z', ...overrides });
const listOf = (m: Meeting, me: StaffMe) =>
  renderPortal(
    <ul>
      <MeetingCard meeting={m} now={new Date('2026-11-20T09:00:00Z')} showTeacher={false} />
    </ul>,
    { api: fakeApi({}), me },
  );

describe('Branch settings: language and region', () => {
  it('an admin sees how dates read in each choice, picks English (US), and it is saved for the branch', async () => {
    const api = settingsApi();
    renderPortal(<BranchSettingsPage />, { api, me: staffMe('admin') });
    const user = userEvent.setup();
    const select = screen.getByLabelText<HTMLSelectElement>('Language and region');
    expect(select.value).toBe('en-GB');
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toContain('English (UK): Tue 1 Dec, 13:50');
    expect(options).toContain('English (US): Tue, Dec 1, 1:50 PM');
    expect(options).toHaveLength(6);

    await user.selectOptions(select, 'en-US');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Branch settings saved.')).toBeTruthy();
    expect(api.callsTo('staff.directory.updateBranch')).toEqual([expect.objectContaining({ locale: 'en-US' })]);
  }, 20_000);

  it('the page says the language of its words: English, in the branch’s regional style', async () => {
    renderPortal(<BranchSettingsPage />, { api: settingsApi(), me: withLocale(staffMe('admin'), 'en-US') });
    await waitFor(() => expect(document.documentElement.lang).toBe('en-US'));
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('a branch set to Arabic still reads left to right in English until the portal is translated', async () => {
    renderPortal(<BranchSettingsPage />, { api: settingsApi(), me: withLocale(staffMe('admin'), 'ar') });
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(document.documentElement.dir).toBe('ltr');
  });
});

describe('dates and times in the branch’s style', () => {
  it('a UK branch: "Tue 24 Nov, 17:00–17:10"; a US branch: the month first and the 12-hour clock', () => {
    const { unmount } = listOf(nov24(), staffMe());
    expect(document.querySelector('time')?.textContent).toBe('Tue 24 Nov, 17:00–17:10');
    unmount();
    listOf(nov24(), withLocale(staffMe(), 'en-US'));
    expect(document.querySelector('time')?.textContent).toMatch(/^Tue, Nov 24, 0?5:00\s?–\s?0?5:10\sPM$/);
  });
});

describe('the parent’s language, to arrange an interpreter', () => {
  it('on the meeting list and the meeting’s facts: "Speaks Polish" for a parent who reads Polish', () => {
    const polish = nov24({ guardian: { id: 'g1', name: 'Li Chen', language: 'pl' } });
    const { unmount } = listOf(polish, staffMe());
    expect(screen.getByText('Speaks Polish')).toBeTruthy();
    unmount();
    renderPortal(<MeetingFacts meeting={polish} />, { api: fakeApi({}), me: staffMe() });
    expect(screen.getByText('Speaks Polish')).toBeTruthy();
  });

  it('nothing when the parent reads the branch’s language, or has not chosen one', () => {
    const english = nov24({ guardian: { id: 'g1', name: 'Li Chen', language: 'en' } });
    const { unmount } = listOf(english, staffMe());
    expect(screen.queryByText(/^Speaks /)).toBeNull();
    unmount();
    const notChosen = nov24({ guardian: { id: 'g1', name: 'Li Chen', language: null } });
    const second = listOf(notChosen, staffMe());
    expect(screen.queryByText(/^Speaks /)).toBeNull();
    second.unmount();
    // A Polish branch: a Polish-reading parent needs no interpreter, an English-reading one might.
    listOf(nov24({ guardian: { id: 'g1', name: 'Li Chen', language: 'pl' } }), withLocale(staffMe(), 'pl'));
    expect(screen.queryByText(/^Speaks /)).toBeNull();
  });
});
