import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import { describe, expect, it, vi } from 'vitest';
import { ScheduleForm } from '../../src/features/schedule/schedule-form.tsx';
import { dateTimeField, isMarkedInvalid, typeDateTime } from '../support/date-time-fields.ts';
import { ApiFailure, fakeApi } from '../support/fake-api.ts';
import { meeting, staffMe, STUDENTS, TEACHERS } from '../support/fixtures.ts';
import { renderPortal } from '../support/render-portal.tsx';

const ZONE = 'Europe/London';
const inDays = (days: number) => DateTime.now().setZone(ZONE).plus({ days }).toISODate()!;

function studentsApi(schedule: (input: any) => unknown) {
  return fakeApi({
    'staff.directory.teachers': () => TEACHERS,
    'staff.directory.students': (input: { search?: string }) =>
      STUDENTS.filter(
        (s) => !input.search || [s.name, ...s.guardians.map((g) => g.name)].some((n) => n.includes(input.search!)),
      ),
    'staff.appointments.schedule': schedule,
  });
}

async function fillForm(
  user: ReturnType<typeof userEvent.setup>,
  options: { search: string; child: string; parent?: string; date: string; time: string },
) {
  await user.type(screen.getByLabelText('Find a child or parent'), options.search);
  await waitFor(() => expect(screen.queryByText('Searching…')).toBeNull());
  await user.click(await screen.findByRole('radio', { name: new RegExp(`^${options.child}`) }));
  if (options.parent) await user.click(screen.getByRole('radio', { name: options.parent }));
  await typeDateTime(user, 'Date', options.date);
  await typeDateTime(user, 'Start time', options.time);
}

const alertText = () => screen.getByRole('alert').textContent;

describe('scheduling a meeting', () => {
  it('explains what is missing or impossible before asking the server', async () => {
    const api = studentsApi(() => ({}));
    renderPortal(<ScheduleForm onScheduled={vi.fn()} />, { api, me: staffMe() });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Schedule meeting' }));
    expect(await screen.findByText('Choose the child the meeting is about.')).toBeTruthy();
    expect(screen.getByText('Choose a date.')).toBeTruthy();
    expect(screen.getByText('Choose a start time.')).toBeTruthy();

    await fillForm(user, { search: 'Leo', child: 'Leo Garcia', date: inDays(-1), time: '10:00' });
    await user.click(screen.getByRole('button', { name: 'Schedule meeting' }));
    expect(await screen.findByText('That time has already passed. Choose a time in the future.')).toBeTruthy();
    expect(isMarkedInvalid('Start time')).toBe(true);
    expect(api.callsTo('staff.appointments.schedule')).toHaveLength(0);
  });

  it("finds a child by a parent's name, sends the time in the branch zone, and shows the server's conflict", async () => {
    const api = studentsApi(() => {
      throw new ApiFailure('CONFLICT', 'You already have a meeting at that time (17:00–17:15). Choose another time.');
    });
    renderPortal(<ScheduleForm onScheduled={vi.fn()} />, { api, me: staffMe() });
    const user = userEvent.setup();
    await fillForm(user, { search: 'Sofia', child: 'Leo Garcia', date: inDays(3), time: '17:05' });
    expect(screen.queryByRole('radio', { name: /^Maya Chen/ })).toBeNull();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Sofia Garcia' }).checked).toBe(true);
    await user.selectOptions(screen.getByLabelText('Length'), '20 minutes');
    await user.click(screen.getByRole('button', { name: 'Schedule meeting' }));

    await waitFor(() =>
      expect(alertText()).toBe('You already have a meeting at that time (17:00–17:15). Choose another time.'),
    );
    const start = DateTime.fromISO(`${inDays(3)}T17:05`, { zone: ZONE });
    expect(api.callsTo('staff.appointments.schedule')).toEqual([
      expect.objectContaining({
        studentId: STUDENTS[1]!.id,
        guardianId: STUDENTS[1]!.guardians[0]!.id,
        startsAt: start.toUTC().toISO(),
        endsAt: start.plus({ minutes: 20 }).toUTC().toISO(),
        idempotencyKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,}$/),
      }),
    ]);
    const searches = api.callsTo('staff.directory.students').map((input) => input.search);
    expect(searches).not.toContain('S');
    expect(searches).toContain('Sofia');
  });

  it('drops a conflict message once the choice changes, so it never describes a time no longer chosen', async () => {
    const api = studentsApi(() => {
      throw new ApiFailure('CONFLICT', 'You already have a meeting at that time (17:00–17:15). Choose another time.');
    });
    renderPortal(<ScheduleForm onScheduled={vi.fn()} />, { api, me: staffMe() });
    const user = userEvent.setup();
    await fillForm(user, { search: 'Leo', child: 'Leo Garcia', date: inDays(3), time: '17:05' });
    await user.click(screen.getByRole('button', { name: 'Schedule meeting' }));
    await waitFor(() => expect(alertText()).toMatch(/already have a meeting/));

    await typeDateTime(user, 'Start time', '18:00');
    expect(alertText()).toBe('');
  });

  it('stops listing the picked child once the search no longer matches them', async () => {
    const api = studentsApi(() => ({}));
    renderPortal(<ScheduleForm onScheduled={vi.fn()} />, { api, me: staffMe() });
    const user = userEvent.setup();
    await fillForm(user, { search: 'Leo', child: 'Leo Garcia', date: inDays(3), time: '17:05' });
    const search = screen.getByLabelText('Find a child or parent');
    await user.clear(search);
    await user.type(search, 'Maya');
    expect(await screen.findByText('1 child found.')).toBeTruthy();
    expect(screen.queryByRole('radio', { name: /^Leo Garcia/ })).toBeNull();
    expect(screen.getByRole('radio', { name: /^Maya Chen/ })).toBeTruthy();
    // Nothing unseen stays chosen: the form asks for a child again.
    await user.click(screen.getByRole('button', { name: 'Schedule meeting' }));
    expect(await screen.findByText('Choose the child the meeting is about.')).toBeTruthy();
    expect(api.callsTo('staff.appointments.schedule')).toHaveLength(0);
  });

  it("puts the server's field errors on the fields they are about", async () => {
    const failures = [
      new ApiFailure('BAD_REQUEST', 'topic: Keep the topic under 200 characters.', {
        fieldErrors: { topic: 'Keep the topic under 200 characters.' },
      }),
      new ApiFailure('BAD_REQUEST', 'Meetings can be scheduled up to one year ahead. Choose an earlier date.', {
        details: { field: 'startsAt' },
      }),
    ];
    const api = studentsApi(() => {
      throw failures.shift() ?? new Error('the test ran out of planned failures');
    });
    renderPortal(<ScheduleForm onScheduled={vi.fn()} />, { api, me: staffMe() });
    const user = userEvent.setup();
    await fillForm(user, { search: 'Maya', child: 'Maya Chen', parent: 'Wei Chen', date: inDays(2), time: '09:00' });
    await user.type(screen.getByLabelText('Topic (optional)'), 'Spelling');
    await user.click(screen.getByRole('button', { name: 'Schedule meeting' }));

    const topic = screen.getByLabelText('Topic (optional)');
    await waitFor(() => expect(topic.getAttribute('aria-invalid')).toBe('true'));
    expect(topic.closest('.field')!.textContent).toContain('Keep the topic under 200 characters.');
    expect(alertText()).toBe('Some details need changing. Check the highlighted fields and try again.');

    await user.click(screen.getByRole('button', { name: 'Schedule meeting' }));
    const startField = dateTimeField('Start time').closest('.field') as HTMLElement;
    await waitFor(() => expect(within(startField).getByText(/up to one year ahead/)).toBeTruthy());
    expect(api.callsTo('staff.appointments.schedule')[0]).toMatchObject({
      guardianId: STUDENTS[0]!.guardians[1]!.id,
      topic: 'Spelling',
    });
  });

  it('books once: a double click sends one request, and a retry after a lost answer reuses its key', async () => {
    let attempts = 0;
    const api = studentsApi((input) => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('network down');
      return meeting({
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        guardian: { id: input.guardianId, name: 'Sofia Garcia', language: null },
      });
    });
    const onScheduled = vi.fn();
    renderPortal(<ScheduleForm onScheduled={onScheduled} />, { api, me: staffMe() });
    const user = userEvent.setup();
    await fillForm(user, { search: 'Leo', child: 'Leo Garcia', date: inDays(4), time: '16:00' });
    await user.dblClick(screen.getByRole('button', { name: 'Schedule meeting' }));
    await waitFor(() => expect(alertText()).toMatch(/couldn't reach EduTrack Meet/));
    expect(api.callsTo('staff.appointments.schedule')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Schedule meeting' }));
    await waitFor(() => expect(onScheduled).toHaveBeenCalledTimes(1));
    const [first, retry] = api.callsTo('staff.appointments.schedule');
    expect(retry.idempotencyKey).toBe(first.idempotencyKey);
    expect(await screen.findByText(/Meeting scheduled with Sofia Garcia/)).toBeTruthy();
  });

  it('lets an admin schedule for a teacher, and requires choosing one', async () => {
    const api = studentsApi((input) => meeting({ startsAt: input.startsAt, endsAt: input.endsAt }));
    renderPortal(<ScheduleForm onScheduled={vi.fn()} />, { api, me: staffMe('admin') });
    const user = userEvent.setup();
    await fillForm(user, { search: 'Leo', child: 'Leo Garcia', date: inDays(5), time: '11:00' });
    await user.click(screen.getByRole('button', { name: 'Schedule meeting' }));
    expect(await screen.findByText('Choose the teacher the meeting is with.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Teacher'), 'Mr. Okafor (Ben Okafor)');
    await user.click(screen.getByRole('button', { name: 'Schedule meeting' }));
    await waitFor(() => expect(api.callsTo('staff.appointments.schedule')).toHaveLength(1));
    expect(api.callsTo('staff.appointments.schedule')[0].teacherId).toBe(TEACHERS[1]!.id);
  });
});
