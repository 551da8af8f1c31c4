import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { EveningDetail } from '../../src/api/types.ts';
import { ManageEveningPage } from '../../src/features/evenings/manage-evening-page.tsx';
import { typeDateTime } from '../support/date-time-fields.ts';
import { ApiFailure, fakeApi } from '../support/fake-api.ts';
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
    await typeDateTime(user, 'Break from', '17:30', riveraBreak);
    await typeDateTime(user, 'to', '17:45', riveraBreak);
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

const CLASS_4_BLUE = '00000000-0000-4000-8000-0000000c1a55';
const TWO_SESSIONS: EveningDetail['sessions'] = [
  { ...evening.sessions[0]!, id: '00000000-0000-4000-8000-0000000e5e01' },
  {
    id: '00000000-0000-4000-8000-0000000e5e02',
    startsAt: '2031-01-23T16:00:00.000Z',
    endsAt: '2031-01-23T18:00:00.000Z',
    closesAt: '2031-01-22T16:00:00.000Z',
  },
];
const RIVERA_BOOKED = {
  id: 'slot-1',
  startsAt: '2031-01-22T16:05:00.000Z',
  endsAt: '2031-01-22T16:10:00.000Z',
  state: 'booked' as const,
  meeting: {
    appointmentId: '00000000-0000-4000-8000-0000000a0001',
    studentName: 'Maya Chen',
    parentName: 'Li Chen',
    withTeachers: [],
  },
};

function manage(detail: EveningDetail, handlers: Record<string, (input: any) => unknown> = {}) {
  const api = fakeApi({
    'staff.evenings.get': () => detail,
    'staff.directory.teachers': () => TEACHERS,
    'staff.directory.students': () => STUDENTS,
    'staff.directory.classes': () => [
      { id: CLASS_4_BLUE, name: '4 Blue', yearGroup: 'Year 4', teacherIds: [TEACHERS[0]!.id] },
    ],
    'staff.evenings.schedule': () => ({
      eveningId: EVENING_ID,
      teacher: { id: RIVERA!.id, displayName: 'Ms. Rivera' },
      timeZone: 'Europe/London',
      slots: [
        {
          ...RIVERA_BOOKED,
          id: 'slot-0',
          state: 'free',
          meeting: null,
          startsAt: '2031-01-22T16:00:00.000Z',
          endsAt: '2031-01-22T16:05:00.000Z',
        },
        RIVERA_BOOKED,
      ],
      students: [],
    }),
    ...handlers,
  });
  renderPortal(<ManageEveningPage eveningId={EVENING_ID} />, { api, me: staffMe('admin') });
  return { api, user: userEvent.setup() };
}

describe('an evening’s audience, bookings and sessions', { timeout: 15_000 }, () => {
  it('shows which year groups and classes the evening is for', async () => {
    manage({ ...evening, yearGroups: ['Year 5'], classIds: [CLASS_4_BLUE] });
    expect(await screen.findByText('Year groups: Year 5')).toBeTruthy();
    expect(await screen.findByText('Classes: 4 Blue')).toBeTruthy();
  });

  it('says so when the evening is for the whole branch', async () => {
    manage(evening);
    expect(await screen.findByText('For the whole branch')).toBeTruthy();
  });

  it('cancels a family’s booking after confirming, with the reason for the family', async () => {
    const { api, user } = manage(evening, { 'staff.evenings.cancelBooking': () => ({ cancelled: {} }) });
    const bookings = await screen.findByRole('region', { name: 'Bookings' });
    const cancel = await within(bookings).findByRole('button', {
      name: 'Cancel the 16:05–16:10 booking of Li Chen, parent of Maya Chen',
    });
    await user.click(cancel);
    const form = screen.getByRole('form', { name: 'Cancel the 16:05–16:10 booking of Li Chen, parent of Maya Chen' });
    expect(form.textContent).toMatch(/Li Chen is emailed that the 16:05–16:10 meeting about Maya Chen is cancelled/);
    expect(api.callsTo('staff.evenings.cancelBooking')).toEqual([]);
    await user.type(within(form).getByLabelText(/Reason/), 'Ms. Rivera is ill that evening.');
    await user.click(within(form).getByRole('button', { name: 'Cancel booking' }));
    await screen.findByText('Booking at 16:05–16:10 cancelled. Li Chen has been emailed.');
    expect(api.callsTo('staff.evenings.cancelBooking')).toEqual([
      { appointmentId: RIVERA_BOOKED.meeting.appointmentId, reason: 'Ms. Rivera is ill that evening.' },
    ]);
  });

  it('shows why a cancel failed, and keeps the booking when the admin changes their mind', async () => {
    const { api, user } = manage(evening, {
      'staff.evenings.cancelBooking': () => {
        throw new ApiFailure('PRECONDITION_FAILED', 'This meeting has already taken place.');
      },
    });
    const name = 'Cancel the 16:05–16:10 booking of Li Chen, parent of Maya Chen';
    await user.click(await screen.findByRole('button', { name }));
    await user.click(within(screen.getByRole('form', { name })).getByRole('button', { name: 'Cancel booking' }));
    const form = screen.getByRole('form', { name });
    expect((await within(form).findByRole('alert')).textContent).toMatch(/already taken place/);
    expect(api.callsTo('staff.evenings.cancelBooking')).toEqual([
      { appointmentId: RIVERA_BOOKED.meeting.appointmentId },
    ]);
    await user.click(screen.getByRole('button', { name: 'Keep the booking' }));
    expect(screen.queryByRole('form', { name })).toBeNull();
  });

  it('lets the admin choose which sessions a teacher takes part in, keeping their meeting length', async () => {
    const rivera = { ...RIVERA!, slotMinutes: 10 };
    const { api, user } = manage(
      { ...evening, sessions: TWO_SESSIONS, teachers: [rivera, OKAFOR!] },
      { 'staff.evenings.setTeacher': () => ({ ok: true }) },
    );
    const sessions = await screen.findByRole('group', { name: 'Sessions Ms. Rivera takes part in' });
    const [first, second] = within(sessions).getAllByRole<HTMLInputElement>('checkbox');
    expect([first!.checked, second!.checked]).toEqual([true, true]);
    await user.click(second!);
    await screen.findByText('Ms. Rivera takes part in 1 of 2 sessions.');
    expect(api.callsTo('staff.evenings.setTeacher')).toEqual([
      {
        eveningId: EVENING_ID,
        teacherId: RIVERA!.id,
        slotMinutes: 10,
        sessionIds: [TWO_SESSIONS[0]!.id],
      },
    ]);
  });

  it('does not let the last session be unticked, and a length change keeps the chosen sessions', async () => {
    const rivera = { ...RIVERA!, sessionIds: [TWO_SESSIONS[1]!.id] };
    const { api, user } = manage(
      { ...evening, sessions: TWO_SESSIONS, teachers: [rivera, OKAFOR!] },
      { 'staff.evenings.setTeacher': () => ({ ok: true }) },
    );
    const sessions = await screen.findByRole('group', { name: 'Sessions Ms. Rivera takes part in' });
    const [first, second] = within(sessions).getAllByRole<HTMLInputElement>('checkbox');
    expect([first!.checked, second!.checked, second!.disabled]).toEqual([false, true, true]);
    await user.selectOptions(screen.getByLabelText('Meeting length', { selector: `#length-${RIVERA!.id}` }), '10');
    await screen.findByText('Ms. Rivera’s meetings are now 10 minutes.');
    expect(api.callsTo('staff.evenings.setTeacher')).toEqual([
      { eveningId: EVENING_ID, teacherId: RIVERA!.id, slotMinutes: 10, sessionIds: [TWO_SESSIONS[1]!.id] },
    ]);
  });
});
