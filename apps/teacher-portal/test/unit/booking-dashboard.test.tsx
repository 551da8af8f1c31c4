import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { BookingDashboard } from '../../src/api/types.ts';
import { DashboardPage } from '../../src/features/dashboard/dashboard-page.tsx';
import { ApiFailure, fakeApi } from '../support/fake-api.ts';
import { BRANCH, staffMe, TEACHERS } from '../support/fixtures.ts';
import { renderPortal } from '../support/render-portal.tsx';

const FAMILY_A = '00000000-0000-4000-8000-0000000000f1';
const FAMILY_B = '00000000-0000-4000-8000-0000000000f2';
const EVENING = '00000000-0000-4000-8000-0000000000e1';

const dashboard = (): BookingDashboard => ({
  label: 'Spring parents’ evening',
  timeZone: 'Europe/London',
  progress: {
    overall: { children: 5, childrenBooked: 3, meetings: 4 },
    teachers: [
      { teacherId: TEACHERS[0]!.id, teacherName: 'Ms. Rivera', children: 3, childrenBooked: 2, meetings: 2 },
      { teacherId: TEACHERS[1]!.id, teacherName: 'Mr. Okafor', children: 2, childrenBooked: 1, meetings: 2 },
    ],
    classes: [{ id: 'c1', name: '4 Blue', children: 3, childrenBooked: 2 }],
    yearGroups: [
      { id: 'Year 4', name: 'Year 4', children: 3, childrenBooked: 2 },
      { id: 'Year 5', name: 'Year 5', children: 2, childrenBooked: 1 },
    ],
  },
  notBooked: [
    {
      guardianId: FAMILY_A,
      guardianName: 'Li Chen',
      email: 'li@family.test',
      children: ['Maya Chen'],
      lastNudgedAt: null,
    },
    {
      guardianId: FAMILY_B,
      guardianName: 'Sam Ode',
      email: 'sam@family.test',
      children: ['Ada Ode', 'Tom Ode'],
      lastNudgedAt: '2030-03-04T09:30:00Z',
    },
  ],
  attendance: [
    { teacherId: TEACHERS[0]!.id, teacherName: 'Ms. Rivera', held: 1, noShow: 1, cancelled: 1, notYetSettled: 0 },
  ],
});

const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

describe('the booking dashboard', () => {
  it('shows booking progress, the families who have not booked and attendance, and reminds the chosen family', async () => {
    const api = fakeApi({
      'staff.evenings.list': () => [],
      'staff.reports.dashboard': dashboard,
      'staff.reports.nudge': () => ({ sent: 1, recentlyNudged: 0, alreadyBooked: 0 }),
    });
    renderPortal(<DashboardPage />, { api, me: staffMe('admin') });
    const user = userEvent.setup();

    expect(await screen.findByText('3 of 5 (60%)')).toBeTruthy();
    const byTeacher = screen.getByRole('table', { name: 'Booking progress by teacher' });
    expect(within(byTeacher).getByText('Ms. Rivera').closest('tr')!.textContent).toContain('2 of 3 (67%)');
    const byYear = screen.getByRole('table', { name: 'Booking progress by year group' });
    expect(within(byYear).getByText('Year 5').closest('tr')!.textContent).toBe('Year 51 of 2 (50%)');
    expect(screen.getByRole('heading', { name: 'Families who have not booked (2)' })).toBeTruthy();
    expect(screen.getByText('Ada Ode, Tom Ode')).toBeTruthy();
    const attendance = screen.getByRole('table', { name: 'Attendance by teacher' });
    expect(within(attendance).getByText('Ms. Rivera').closest('tr')!.textContent).toBe('Ms. Rivera1110');
    // No evening yet: the next two weeks of the branch's meetings.
    expect(api.callsTo('staff.reports.dashboard')[0]).toEqual({
      branchId: BRANCH.id,
      firstDay: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as string,
      lastDay: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as string,
    });

    await user.click(screen.getByLabelText('Remind Li Chen'));
    await user.click(screen.getByRole('button', { name: 'Remind selected (1)' }));
    expect(await screen.findByText('Reminder sent to 1 family.')).toBeTruthy();
    expect(api.callsTo('staff.reports.nudge')).toEqual([expect.objectContaining({ guardianIds: [FAMILY_A] })]);
  });

  it("shows the server's words when the admin has sent too many rounds", async () => {
    const api = fakeApi({
      'staff.evenings.list': () => [],
      'staff.reports.dashboard': dashboard,
      'staff.reports.nudge': () => {
        throw new ApiFailure(
          'TOO_MANY_REQUESTS',
          'You have sent several rounds of reminders in the last hour. You can send more in 12 minutes.',
        );
      },
    });
    renderPortal(<DashboardPage />, { api, me: staffMe('admin') });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Remind all 2' }));
    expect(await screen.findByText(/You can send more in 12 minutes/)).toBeTruthy();
    expect(api.callsTo('staff.reports.nudge')[0].guardianIds).toEqual([FAMILY_A, FAMILY_B]);
  });

  it('saves the CSV the server wrote as a file', async () => {
    const csv = "\uFEFFParent,Email\n'=HYPERLINK(1),x@y.test\n";
    const api = fakeApi({
      'staff.evenings.list': () => [],
      'staff.reports.dashboard': dashboard,
      'staff.reports.exportCsv': (input: { report: string }) => ({ filename: `${input.report}.csv`, csv }),
    });
    // jsdom has no object URLs: keep the Blob the page hands over, and the file name it downloads as.
    const saved: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (saved.push(blob), 'blob:csv');
    URL.revokeObjectURL = () => {};
    const downloads: string[] = [];
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
    renderPortal(<DashboardPage />, { api, me: staffMe('admin') });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Download families who have not booked (CSV)' }));
    await vi.waitFor(() => expect(downloads).toEqual(['not-booked.csv']));
    // The file holds the server's text byte for byte, byte-order mark included (reading it as text drops the mark).
    expect(saved[0]!.size).toBe(new TextEncoder().encode(csv).length);
    expect(await readBlob(saved[0]!)).toBe(csv.slice(1));
    expect(api.callsTo('staff.reports.exportCsv')).toEqual([expect.objectContaining({ report: 'not-booked' })]);
    clicked.mockRestore();
  });

  it("reports on the branch's coming evening, and on chosen days when asked", async () => {
    const evening = {
      id: EVENING,
      branchId: BRANCH.id,
      name: 'Spring parents’ evening',
      timeZone: 'Europe/London',
      sessions: [{ id: 's1', startsAt: '2030-03-12T17:00:00Z', endsAt: '2030-03-12T19:00:00Z', closesAt: '' }],
      phase: 'open',
    };
    const api = fakeApi({
      'staff.evenings.list': () => [evening],
      'staff.reports.dashboard': dashboard,
      'staff.reports.nudge': () => ({ sent: 0, recentlyNudged: 1, alreadyBooked: 1 }),
    });
    renderPortal(<DashboardPage />, { api, me: staffMe('admin') });
    const user = userEvent.setup();
    const reportOn = await screen.findByLabelText('Report on');
    expect((reportOn as HTMLSelectElement).selectedOptions[0]!.textContent).toBe(
      'Spring parents’ evening (Tue 12 Mar)',
    );
    await screen.findByText('3 of 5 (60%)');
    expect(api.callsTo('staff.reports.dashboard')).toEqual([{ eveningId: EVENING }]);

    await user.click(screen.getByRole('button', { name: 'Remind all 2' }));
    expect(
      await screen.findByText(
        'No reminder was sent. 1 family already had one in the last day, so we skipped them. 1 family booked in the meantime.',
      ),
    ).toBeTruthy();
    expect(api.callsTo('staff.reports.nudge')).toEqual([{ eveningId: EVENING, guardianIds: [FAMILY_A, FAMILY_B] }]);

    await user.selectOptions(reportOn, 'Meetings on days I choose');
    expect(await screen.findByRole('group', { name: 'First day' })).toBeTruthy();
    await vi.waitFor(() => expect(api.callsTo('staff.reports.dashboard').at(-1)).toHaveProperty('branchId', BRANCH.id));
  });

  it('tells a teacher it is for admins, and asks the server nothing', async () => {
    const api = fakeApi({ 'staff.evenings.list': () => [], 'staff.reports.dashboard': dashboard });
    renderPortal(<DashboardPage />, { api, me: staffMe('teacher') });
    expect(screen.getByRole('alert').textContent).toBe(
      'The booking dashboard is for branch admins. Ask your branch admin if you need its figures.',
    );
    expect(api.callsTo('staff.reports.dashboard')).toEqual([]);
  });
});
