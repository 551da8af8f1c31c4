import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReminderSettingsForm } from '../../src/features/settings/reminder-settings-form.tsx';
import { UndeliveredEmails } from '../../src/features/settings/undelivered-emails.tsx';
import { ApiFailure, fakeApi } from '../support/fake-api.ts';
import { staffMe } from '../support/fixtures.ts';
import { renderPortal } from '../support/render-portal.tsx';

describe('reminder settings', () => {
  it('shows the school defaults in hours and saves new times in minutes with the channels', async () => {
    const api = fakeApi({
      'staff.notifications.reminderSettings': () => ({
        offsetsMinutes: [1440, 60],
        emailEnabled: true,
        pushEnabled: true,
      }),
      'staff.notifications.updateReminderSettings': (input) => input,
    });
    renderPortal(<ReminderSettingsForm />, { api, me: staffMe('admin') });
    const user = userEvent.setup();
    const hours = await screen.findByLabelText('Hours before the meeting');
    expect((hours as HTMLInputElement).value).toBe('24, 1');

    await user.clear(hours);
    await user.type(hours, '48, 2, 0.5');
    await user.click(screen.getByLabelText('Send reminders as notifications to the parent app'));
    await user.click(screen.getByRole('button', { name: 'Save reminders' }));
    expect(await screen.findByText(/Reminder settings saved/)).toBeTruthy();
    expect(api.callsTo('staff.notifications.updateReminderSettings')).toEqual([
      expect.objectContaining({ offsetsMinutes: [2880, 120, 30], emailEnabled: true, pushEnabled: false }),
    ]);
  });

  it('says what to type when the times are not numbers, and shows the server refusing', async () => {
    const api = fakeApi({
      'staff.notifications.reminderSettings': () => ({ offsetsMinutes: [1440], emailEnabled: true, pushEnabled: true }),
      'staff.notifications.updateReminderSettings': () => {
        throw new ApiFailure('BAD_REQUEST', 'Reminder times must be between 5 minutes and 14 days before the meeting.');
      },
    });
    renderPortal(<ReminderSettingsForm />, { api, me: staffMe('admin') });
    const user = userEvent.setup();
    const hours = await screen.findByLabelText('Hours before the meeting');
    await user.clear(hours);
    await user.type(hours, 'tomorrow');
    await user.click(screen.getByRole('button', { name: 'Save reminders' }));
    expect(await screen.findByText('Give hours before the meeting separated by commas, e.g. 24, 1.')).toBeTruthy();
    expect(api.callsTo('staff.notifications.updateReminderSettings')).toEqual([]);

    await user.clear(hours);
    await user.type(hours, '400');
    await user.click(screen.getByRole('button', { name: 'Save reminders' }));
    expect(await screen.findByText(/between 5 minutes and 14 days/)).toBeTruthy();
  });
});

describe('undelivered email', () => {
  it('lists refused and still-failing mail with what the mail server said', async () => {
    const api = fakeApi({
      'staff.notifications.undeliveredEmails': () => [
        {
          id: 'e1',
          kind: 'sign-in-link',
          to: 'li.chen@example.com',
          subject: 'Your EduTrack Meet sign-in link',
          status: 'failed',
          attempts: 1,
          lastError: 'SMTP 550: 5.1.1 No such user',
          createdAt: '2030-03-04T12:00:00Z',
          failedAt: '2030-03-04T12:00:05Z',
        },
      ],
    });
    renderPortal(<UndeliveredEmails />, { api, me: staffMe('admin') });
    expect(await screen.findByText('li.chen@example.com')).toBeTruthy();
    expect(screen.getByText('Refused')).toBeTruthy();
    expect(screen.getByText('SMTP 550: 5.1.1 No such user')).toBeTruthy();
  });
});
