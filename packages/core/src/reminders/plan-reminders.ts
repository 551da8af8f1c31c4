import { enqueueJob } from '../jobs/enqueue-job.ts';
import type { MeetingDeps } from '../meetings/meeting-deps.ts';
import { reminderSendJob } from './reminder-jobs.ts';
import { readReminderSettings } from './reminder-settings.ts';
import { readMeetingForReminder } from './scheduled-meeting.ts';

const MINUTE = 60_000;

/**
 * Queues one job per reminder still ahead, due at start - offset. Reminders whose time has passed
 * (a meeting booked 30 minutes ahead gets no "1 hour before") are left out.
 */
export async function planReminders(deps: MeetingDeps, appointmentId: string): Promise<string> {
  const meeting = await readMeetingForReminder(deps.db, appointmentId);
  if (!meeting || meeting.status !== 'scheduled') return 'not scheduled';
  const settings = await readReminderSettings(deps.db, meeting.schoolId);
  if (!settings.emailEnabled && !settings.pushEnabled) return 'reminders are off';
  const now = deps.clock.now().getTime();
  let planned = 0;
  for (const offsetMinutes of settings.offsetsMinutes) {
    const dueAt = meeting.startsAt.getTime() - offsetMinutes * MINUTE;
    if (dueAt <= now) continue;
    await enqueueJob(deps.db, reminderSendJob, { appointmentId, offsetMinutes }, { runInMs: dueAt - now });
    planned++;
  }
  return `${planned} planned`;
}
