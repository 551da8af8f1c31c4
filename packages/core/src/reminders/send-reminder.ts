import { asc, inArray, sql } from 'drizzle-orm';
import { appointments } from '@edutrack/db';
import { selectAppointments } from '../appointments/appointment-view.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { schoolOfBranch } from '../mail/school-line.ts';
import { formatClock } from '@edutrack/i18n';
import { leadFor, readerOf } from '../mail/reader.ts';
import { reminderEmail } from '../mail/templates/reminder.ts';
import type { MeetingDeps } from '../meetings/meeting-deps.ts';
import { pushToGuardian } from '../push/push-to-guardian.ts';
import { reminderSendJob } from './reminder-jobs.ts';
import { readReminderSettings } from './reminder-settings.ts';
import { readMeetingForReminder } from './scheduled-meeting.ts';

const MINUTE = 60_000;
/** A family's meetings starting within this time of the first go in one reminder (a parents' evening). */
export const REMINDER_GROUP_WINDOW_MS = 4 * 60 * MINUTE;
/** The reminder that carries "Join Video Call" links: the one sent this close to the start. */
const JOIN_LINK_WITHIN_MINUTES = 60;
/** A job that runs this early (clock differences between servers) still counts as on time. */
const EARLY_TOLERANCE_MS = MINUTE;

/**
 * Sends a meeting's reminder for one offset, if it is still due: the meeting is still scheduled, its
 * start is still ahead, and the offset is still one of the school's. The family's other meetings
 * close after it that have not had this reminder go in the same message. `reminder_deliveries` is
 * claimed in the same transaction as the email and pushes are queued, so each reminder goes once,
 * whatever the number of workers or retries.
 */
export async function sendReminder(deps: MeetingDeps, appointmentId: string, offsetMinutes: number): Promise<string> {
  return deps.db.transaction(async (tx) => {
    const meeting = await readMeetingForReminder(tx, appointmentId);
    if (!meeting || meeting.status !== 'scheduled') return 'not scheduled';
    const settings = await readReminderSettings(tx, meeting.schoolId);
    if (!settings.offsetsMinutes.includes(offsetMinutes)) return 'offset no longer set';
    if (!settings.emailEnabled && !settings.pushEnabled) return 'reminders are off';
    const now = deps.clock.now();
    const dueAt = meeting.startsAt.getTime() - offsetMinutes * MINUTE;
    if (now.getTime() < dueAt - EARLY_TOLERANCE_MS) {
      // Moved later since this job was queued: wait for the new time.
      await enqueueJob(tx, reminderSendJob, { appointmentId, offsetMinutes }, { runInMs: dueAt - now.getTime() });
      return 'not due yet';
    }
    if (now >= meeting.startsAt) return 'meeting already started';

    // One family's reminders are decided one at a time, so two workers never split a group.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`reminders:${meeting.guardianId}`}, 0))`);
    const claimed = await tx.execute<{ appointment_id: string }>(sql`
      WITH family AS (
        SELECT a.id, a.starts_at FROM appointments a JOIN branches b ON b.id = a.branch_id
        WHERE a.guardian_id = ${meeting.guardianId}::uuid AND b.school_id = ${meeting.schoolId}::uuid
          AND a.status = 'scheduled'
          AND a.starts_at >= ${meeting.startsAt.toISOString()}::timestamptz
          AND a.starts_at < ${new Date(meeting.startsAt.getTime() + REMINDER_GROUP_WINDOW_MS).toISOString()}::timestamptz
      )
      INSERT INTO reminder_deliveries (appointment_id, offset_minutes, starts_at, sent_at)
      SELECT id, ${offsetMinutes}::int, starts_at, ${now.toISOString()}::timestamptz FROM family
      ON CONFLICT DO NOTHING
      RETURNING appointment_id`);
    const ids = claimed.map((r) => r.appointment_id);
    if (!ids.includes(appointmentId)) return 'already sent';

    const rows = await selectAppointments(tx, inArray(appointments.id, ids)).orderBy(asc(appointments.startsAt));
    const first = rows[0]!;
    const withJoinLink = offsetMinutes <= JOIN_LINK_WITHIN_MINUTES;
    const meetings = rows.map((r) => ({
      startsAt: r.appointment.startsAt,
      endsAt: r.appointment.endsAt,
      teacherName: r.teacher.displayName,
      studentName: r.student.name,
      link: `${deps.publicUrl}/parent/meetings/${r.appointment.id}`,
      joinLink: withJoinLink ? `${deps.publicUrl}/parent/meetings/${r.appointment.id}/call` : null,
    }));
    const reader = readerOf(first.guardian.language, first.branch);
    if (settings.emailEnabled) {
      const school = await schoolOfBranch(tx, first.branch.id);
      const rendered = reminderEmail({
        from: school,
        reader,
        parentName: first.guardian.name,
        offsetMinutes,
        meetings,
      });
      await deps.mailer.send(tx, {
        ...rendered,
        kind: 'reminder',
        schoolId: school.schoolId,
        to: first.emails.guardian,
      });
    }
    if (settings.pushEnabled) {
      const m = meetings[0]!;
      const lead = leadFor(reader, offsetMinutes);
      const clock = (x: (typeof meetings)[number]) => formatClock(x.startsAt, reader.time);
      await pushToGuardian(tx, meeting.guardianId, {
        title:
          meetings.length > 1
            ? reader.t('mail.pushReminderTitleMany', { count: meetings.length, lead })
            : reader.t('mail.pushReminderTitleOne', { teacher: m.teacherName, lead }),
        body:
          meetings.length > 1
            ? new Intl.ListFormat(reader.time.locale).format(meetings.map((x) => `${clock(x)} ${x.teacherName}`))
            : reader.t('mail.pushReminderBodyOne', { time: clock(m), student: m.studentName }),
        url: `/parent/meetings/${first.appointment.id}${withJoinLink ? '/call' : ''}`,
        tag: `reminder-${first.appointment.id}-${offsetMinutes}`,
      });
    }
    return `sent for ${ids.length} meeting(s)`;
  });
}
