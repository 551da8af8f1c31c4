import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { EveningDetail } from '../../src/api/types.ts';
import { ManageEveningPage } from '../../src/features/evenings/manage-evening-page.tsx';
import { fakeApi } from '../support/fake-api.ts';
import { BRANCH, STUDENTS, TEACHERS, staffMe } from '../support/fixtures.ts';
import { renderPortal } from '../support/render-portal.tsx';

const EVENING_ID = '00000000-0000-4000-8000-0000000e0001';
const [RIVERA, OKAFOR] = TEACHERS.map((t) => ({
  id: t.id,
  displayName: t.displayName,
  slotMinutes: null,
  sessionIds: null,
  slots: { total: 36, booked: 3, held: 0, unavailable: 0 },
}));

const evening: EveningDetail = {
  id: EVENING_ID,
  branchId: BRANCH.id,
  name: 'Spring parents’ evening',
  timeZone: 'Europe/London',
  slotMinutes: 5,
  gapMinutes: 0,
  sessions: [
    {
      id: 's1',
      startsAt: '2031-01-22T16:00:00.000Z',
      endsAt: '2031-01-22T19:00:00.000Z',
      closesAt: '2031-01-21T16:00:00.000Z',
    },
  ],
  rules: {
    opensAt: '2031-01-15T18:00:00.000Z',
    earlyAccessOpensAt: '2031-01-14T18:00:00.000Z',
    closesAt: null,
    perParentLimit: null,
    perChildLimit: null,
    householdMode: 'one_per_household',
    parentsMayChangeAfterClose: false,
  },
  phase: 'before_opening',
  classIds: [],
  yearGroups: [],
  teachers: [RIVERA!, OKAFOR!],
  jointMeetings: [],
  earlyAccessStudentIds: [],
  flags: [{ teacherId: TEACHERS[1]!.id, studentId: STUDENTS[1]!.id }],
  serverNow: '2031-01-10T12:00:00.000Z',
};

describe('managing an evening after set-up', { timeout: 15_000 }, () => {
  it('pairs two teachers as a joint meeting, adds a break, and gives a family early booking', async () => {
    const api = fakeApi({
      'staff.evenings.get': () => evening,
      'staff.directory.teachers': () => TEACHERS,
      'staff.directory.students': () => STUDENTS,
      'staff.evenings.addJointMeeting': () => ({ id: 'j1' }),
      'staff.evenings.markUnavailable': () => ({ changed: 2 }),
      'staff.evenings.setEarlyAccess': () => ({ ok: true }),
    });
    renderPortal(<ManageEveningPage eveningId={EVENING_ID} />, { api, me: staffMe('admin') });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Spring parents’ evening' });
    expect(screen.getAllByText('3 of 36 booked')).toHaveLength(2);
    // A teacher's request to see a family is shown to the admin.
    expect(await screen.findByText(/asked for by Mr\. Okafor/)).toBeTruthy();

    const joint = screen.getByRole('form', { name: 'Pair teachers' });
    await user.type(within(joint).getByLabelText('Name parents see'), 'Class teacher and SENCo');
    await user.selectOptions(within(joint).getByLabelText('First teacher (their times are used)'), RIVERA!.id);
    await user.selectOptions(within(joint).getByLabelText('Second teacher'), OKAFOR!.id);
    await user.click(within(joint).getByRole('button', { name: 'Add joint meeting' }));
    await screen.findByText('Class teacher and SENCo can be booked as one meeting.');
    expect(api.callsTo('staff.evenings.addJointMeeting')).toEqual([
      { eveningId: EVENING_ID, name: 'Class teacher and SENCo', teacherIds: [RIVERA!.id, OKAFOR!.id] },
    ]);

    const riveraBreak = screen.getByRole('form', { name: 'Break for Ms. Rivera' });
    await user.type(within(riveraBreak).getByLabelText('Break from'), '17:30');
    await user.type(within(riveraBreak).getByLabelText('to'), '17:45');
    await user.click(within(riveraBreak).getByRole('button', { name: 'Add break' }));
    await screen.findByText('Ms. Rivera is unavailable 17:30–17:45.');
    expect(api.callsTo('staff.evenings.markUnavailable')).toEqual([
      {
        eveningId: EVENING_ID,
        teacherId: RIVERA!.id,
        from: '2031-01-22T17:30:00.000Z',
        to: '2031-01-22T17:45:00.000Z',
        unavailable: true,
      },
    ]);

    await user.type(screen.getByLabelText('Find a child'), 'Maya');
    await user.click(await screen.findByRole('button', { name: 'Let Maya Chen’s family book early' }));
    await screen.findByText('Maya Chen’s family can book early.');
    expect(api.callsTo('staff.evenings.setEarlyAccess')).toEqual([
      { eveningId: EVENING_ID, studentIds: [STUDENTS[0]!.id], earlyAccess: true },
    ]);
  });
});
