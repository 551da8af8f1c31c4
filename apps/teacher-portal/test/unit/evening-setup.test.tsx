import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MyEveningPage } from '../../src/features/evenings/my-evening-page.tsx';
import { NewEveningPage } from '../../src/features/evenings/new-evening-page.tsx';
import { dateTimeField, isMarkedInvalid, typeDateTime } from '../support/date-time-fields.ts';
import { fakeApi } from '../support/fake-api.ts';
import { BRANCH, STUDENTS, TEACHERS, staffMe } from '../support/fixtures.ts';
import { renderPortal } from '../support/render-portal.tsx';

const EVENING_ID = '00000000-0000-4000-8000-0000000e0001';
/** Rivera teaches 4 Blue (Year 4), Okafor 5 Green (Year 5). */
const CLASSES = [
  { id: '00000000-0000-4000-8000-0000000c1a55', name: '4 Blue', yearGroup: 'Year 4', teacherIds: [TEACHERS[0]!.id] },
  { id: '00000000-0000-4000-8000-0000000c2a55', name: '5 Green', yearGroup: 'Year 5', teacherIds: [TEACHERS[1]!.id] },
];

/** Sets a text field in one change, not key by key (the form is long). */
async function fill(_user: ReturnType<typeof userEvent.setup>, field: HTMLElement, value: string) {
  await act(async () => {
    fireEvent.change(field, { target: { value } });
  });
}

describe("setting up a parents' evening", () => {
  it('sends sessions in the branch’s wall-clock time, every teacher, and the rules as instants', async () => {
    const api = fakeApi({
      'staff.directory.teachers': () => TEACHERS,
      'staff.directory.classes': () => CLASSES,
      'staff.evenings.create': (input: { name: string }) => ({ id: EVENING_ID, name: input.name }),
    });
    const { location } = renderPortal(<NewEveningPage />, { api, me: staffMe('admin') });
    const user = userEvent.setup();
    await screen.findByText('2 of 2 teachers.', { exact: false });

    await fill(user, screen.getByLabelText('Name'), 'Year 4 parents’ evening');
    const session = screen.getByRole('group', { name: 'Session 1' });
    await typeDateTime(user, 'Day', '2031-03-10', session);
    await user.click(screen.getByRole('button', { name: 'Add another session' }));
    const second = screen.getByRole('group', { name: 'Session 2' });
    await typeDateTime(user, 'Day', '2031-03-12', second);
    await typeDateTime(user, 'From', '15:30', second);
    // Late March: London is on summer time (UTC+1) from the 30th; the 10th is still UTC.
    await typeDateTime(user, 'Booking opens on', '2031-03-03');
    await typeDateTime(user, 'Opening time', '18:00');
    await typeDateTime(user, 'Early booking opens on (optional)', '2031-03-02');
    await typeDateTime(user, 'Early opening time', '18:00');
    await fill(user, screen.getByLabelText('Meetings per child (optional)'), '6');
    await user.selectOptions(screen.getByLabelText('Parents of the same child'), 'per_parent');
    await user.click(screen.getByRole('button', { name: 'Set up the evening' }));

    await screen.findByText(/is set up/);
    expect(api.callsTo('staff.evenings.create')).toEqual([
      {
        branchId: BRANCH.id,
        name: 'Year 4 parents’ evening',
        sessions: [
          { date: '2031-03-10', startTime: '16:00', endTime: '19:00' },
          { date: '2031-03-12', startTime: '15:30', endTime: '19:00' },
        ],
        slotMinutes: 5,
        gapMinutes: 0,
        yearGroups: [],
        classIds: [],
        teacherIds: TEACHERS.map((t) => t.id),
        rules: {
          opensAt: '2031-03-03T18:00:00.000Z',
          earlyAccessOpensAt: '2031-03-02T18:00:00.000Z',
          closesAt: null,
          perParentLimit: null,
          perChildLimit: 6,
          householdMode: 'per_parent',
          parentsMayChangeAfterClose: false,
        },
      },
    ]);
    expect(location.history.at(-1)).toBe(`/evenings/${EVENING_ID}`);
  }, 15_000);

  it('for a year group, takes the teachers of its classes and sends the year group', async () => {
    const api = fakeApi({
      'staff.directory.teachers': () => TEACHERS,
      'staff.directory.classes': () => CLASSES,
      'staff.evenings.create': (input: { name: string }) => ({ id: EVENING_ID, name: input.name }),
    });
    renderPortal(<NewEveningPage />, { api, me: staffMe('admin') });
    const user = userEvent.setup();
    await screen.findByText('2 of 2 teachers.', { exact: false });
    expect(screen.getByText('The whole branch.', { exact: false })).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: 'Year 4' }));
    expect(screen.getByText('1 of 2 teachers.', { exact: false })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Ms. Rivera Ana Rivera' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Mr. Okafor Ben Okafor' }).checked).toBe(false);
    await fill(user, screen.getByLabelText('Name'), 'Year 4 evening');
    await user.click(screen.getByRole('button', { name: 'Set up the evening' }));

    await screen.findByText(/is set up/);
    expect(api.callsTo('staff.evenings.create')).toEqual([
      expect.objectContaining({ yearGroups: ['Year 4'], classIds: [], teacherIds: [TEACHERS[0]!.id] }),
    ]);
  }, 15_000);

  it('says what to fix, at the field, before sending anything', async () => {
    const api = fakeApi({ 'staff.directory.teachers': () => TEACHERS, 'staff.directory.classes': () => CLASSES });
    renderPortal(<NewEveningPage />, { api, me: staffMe('admin') });
    const user = userEvent.setup();
    await screen.findByText('2 of 2 teachers.', { exact: false });
    await user.click(screen.getByRole('button', { name: 'Choose none' }));
    await typeDateTime(user, 'Early booking opens on (optional)', '2099-01-01');
    await typeDateTime(user, 'Early opening time', '18:00');
    await user.click(screen.getByRole('button', { name: 'Set up the evening' }));

    expect(await screen.findByText('Give the evening a name parents will recognise.')).toBeTruthy();
    expect(screen.getByText('Choose at least one teacher.')).toBeTruthy();
    expect(screen.getByText('Early booking must open before booking opens for everyone.')).toBeTruthy();
    expect(api.callsTo('staff.evenings.create')).toEqual([]);
  });

  it('refuses a half-typed optional date instead of quietly leaving it out', async () => {
    const api = fakeApi({ 'staff.directory.teachers': () => TEACHERS, 'staff.directory.classes': () => CLASSES });
    renderPortal(<NewEveningPage />, { api, me: staffMe('admin') });
    const user = userEvent.setup();
    await screen.findByText('2 of 2 teachers.', { exact: false });
    // Only the first part of "Early booking opens on" is typed before the admin moves on.
    const [firstPart] = within(dateTimeField('Early booking opens on (optional)')).getAllByRole('spinbutton');
    await user.click(firstPart!);
    await user.keyboard('2');
    await user.click(screen.getByLabelText('Name'));
    await fill(user, screen.getByLabelText('Name'), 'Year 4 evening');
    await user.click(screen.getByRole('button', { name: 'Set up the evening' }));

    expect(await screen.findByText('This date is only partly typed. Finish it: day, month and year.')).toBeTruthy();
    expect(isMarkedInvalid('Early booking opens on (optional)')).toBe(true);
    expect(api.callsTo('staff.evenings.create')).toEqual([]);

    // Cleared again, it is simply left out, as an empty optional date is.
    await user.click(firstPart!);
    await user.keyboard('{Backspace}{Backspace}');
    await user.click(screen.getByLabelText('Name'));
    await user.click(screen.getByRole('button', { name: 'Set up the evening' }));
    await waitFor(() =>
      expect(api.callsTo('staff.evenings.create')).toEqual([
        expect.objectContaining({ rules: expect.objectContaining({ earlyAccessOpensAt: null }) }),
      ]),
    );
  });
});

describe("a teacher's own evening", () => {
  const slot = (id: string, start: string, state: 'free' | 'booked' | 'unavailable' | 'held') => ({
    id,
    startsAt: `2031-03-10T${start}:00.000Z`,
    endsAt: `2031-03-10T${start.slice(0, 3)}${String(Number(start.slice(3)) + 5).padStart(2, '0')}:00.000Z`,
    state,
    meeting:
      state === 'booked'
        ? {
            appointmentId: 'a1',
            studentName: 'Maya Chen',
            parentName: 'Li Chen',
            parentLanguage: null,
            withTeachers: [] as string[],
          }
        : null,
  });
  const schedule = {
    eveningId: EVENING_ID,
    teacher: { id: TEACHERS[0]!.id, displayName: 'Ms. Rivera' },
    timeZone: 'Europe/London',
    slots: [slot('s1', '16:00', 'booked'), slot('s2', '16:05', 'free'), slot('s3', '16:10', 'unavailable')],
    students: [
      { id: STUDENTS[0]!.id, name: 'Maya Chen', flagged: false, booked: true },
      { id: STUDENTS[1]!.id, name: 'Leo Garcia', flagged: false, booked: false },
    ],
  };

  it('shows each slot, takes a free one out of booking, and flags a family to ask first', async () => {
    const api = fakeApi({
      'staff.evenings.schedule': () => schedule,
      'staff.evenings.markUnavailable': () => ({ changed: 1, keptBooked: 0 }),
      'staff.evenings.flagFamily': () => ({ flagged: true }),
    });
    renderPortal(<MyEveningPage eveningId={EVENING_ID} />, { api, me: staffMe() });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'My evening' });
    expect(screen.getByText('1 of 3 meetings booked.', { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Li Chen, parent of Maya Chen' })).toBeTruthy();
    expect(screen.getByText('Unavailable (not bookable)')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Mark 16:05–16:10 unavailable' }));
    expect(await screen.findByText('16:05–16:10 is no longer bookable.')).toBeTruthy();
    expect(api.callsTo('staff.evenings.markUnavailable')).toEqual([
      {
        eveningId: EVENING_ID,
        teacherId: TEACHERS[0]!.id,
        from: '2031-03-10T16:05:00.000Z',
        to: '2031-03-10T16:10:00.000Z',
        unavailable: true,
      },
    ]);

    await user.click(screen.getByRole('checkbox', { name: 'Leo Garcia' }));
    expect(await screen.findByText('Leo Garcia’s family will be asked first.')).toBeTruthy();
    expect(api.callsTo('staff.evenings.flagFamily')).toEqual([
      { eveningId: EVENING_ID, studentId: STUDENTS[1]!.id, flagged: true },
    ]);
  });
});
