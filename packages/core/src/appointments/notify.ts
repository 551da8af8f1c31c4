import type { Executor } from '@edutrack/db';
import type { Actor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { calendarInvite } from '../mail/calendar-invite.ts';
import type { OutgoingEmail } from '../mail/mailer.ts';
import { momentFor, readerOf } from '../mail/reader.ts';
import { schoolOfBranch, type SchoolOfMail } from '../mail/school-line.ts';
import { meetingChangeEmail, type MeetingChange } from '../mail/templates/meeting-change.ts';
import { pushToGuardian } from '../push/push-to-guardian.ts';
import { reminderPlanJob } from '../reminders/reminder-jobs.ts';
import type { AppointmentRow } from './appointment-view.ts';

/** What a meeting's messages need to know about it. */
export interface MeetingNotice {
  id: string;
  guardianId: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  branch: { timeZone: string; locale: string };
  teacher: { name: string; email: string };
  /** `language`: the one the parent chose; their email and pushes are written in it. */
  parent: { name: string; email: string; language: string | null };
  studentName: string;
  cancelReason: string | null;
}

export function noticeOf(row: AppointmentRow): MeetingNotice {
  return {
    id: row.appointment.id,
    guardianId: row.appointment.guardianId,
    sequence: row.appointment.calendarSequence,
    startsAt: row.appointment.startsAt,
    endsAt: row.appointment.endsAt,
    branch: { timeZone: row.branch.timeZone, locale: row.branch.locale },
    teacher: { name: row.teacher.displayName, email: row.emails.teacher },
    parent: { name: row.guardian.name, email: row.emails.guardian, language: row.guardian.language },
    studentName: row.student.name,
    cancelReason: row.appointment.cancelReason,
  };
}

/**
 * Everyone hears of a change, in the same transaction as the change: both sides by email with a
 * calendar invite, the parent's devices by push when staff made it, and the reminders are planned
 * for the (new) time.
 */
export async function notifyMeetingChange(
  tx: Executor,
  deps: Pick<CoreDeps, 'mailer' | 'publicUrl' | 'clock'>,
  actor: Actor,
  change: MeetingChange,
  row: AppointmentRow,
): Promise<void> {
  const notice = noticeOf(row);
  const school = await schoolOfBranch(tx, row.branch.id);
  for (const email of meetingChangeEmails(deps, change, notice, school)) await deps.mailer.send(tx, email);
  if (change !== 'cancelled') await enqueueJob(tx, reminderPlanJob, { appointmentId: notice.id });
  if (actor.kind === 'staff') await pushToGuardian(tx, notice.guardianId, meetingChangePush(deps, change, notice));
}

/**
 * The two emails of a change (parent first, then teacher), each with the same calendar invite. A
 * "Meet now" call goes to the parent alone: the teacher started it and is already in the portal.
 */
export function meetingChangeEmails(
  deps: Pick<CoreDeps, 'publicUrl' | 'clock'>,
  change: MeetingChange,
  m: MeetingNotice,
  school: SchoolOfMail,
): OutgoingEmail[] {
  const facts = {
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    teacherName: m.teacher.name,
    parentName: m.parent.name,
    studentName: m.studentName,
    cancelReason: m.cancelReason,
  };
  const kind = `meeting-${change}`;
  const audiences = change === 'now' ? (['parent'] as const) : (['parent', 'teacher'] as const);
  return audiences.map((audience) => {
    const reader = readerOf(audience === 'parent' ? m.parent.language : null, m.branch);
    const link = `${deps.publicUrl}/${audience === 'parent' ? 'parent' : 'staff'}/meetings/${m.id}`;
    // One invitation (same UID and SEQUENCE) for both, each worded in its reader's language.
    const calendar = calendarInvite(
      {
        appointmentId: m.id,
        sequence: m.sequence,
        startsAt: m.startsAt,
        endsAt: m.endsAt,
        summary: reader.t('mail.calendarSummary', {
          student: m.studentName,
          teacher: m.teacher.name,
          parent: m.parent.name,
        }),
        description: reader.t('mail.calendarDescription', { link }),
        url: link,
        organizer: { name: m.teacher.name, email: m.teacher.email },
        attendees: [
          { name: m.parent.name, email: m.parent.email },
          { name: m.teacher.name, email: m.teacher.email },
        ],
      },
      change === 'cancelled' ? 'CANCEL' : 'REQUEST',
      { domain: new URL(deps.publicUrl).hostname, now: deps.clock.now() },
    );
    const rendered = meetingChangeEmail({ from: school, change, audience, reader, meeting: facts, link });
    return {
      ...rendered,
      kind,
      schoolId: school.schoolId,
      to: audience === 'parent' ? m.parent.email : m.teacher.email,
      calendar,
    };
  });
}

function meetingChangePush(
  deps: Pick<CoreDeps, 'publicUrl'>,
  change: MeetingChange,
  m: MeetingNotice,
): Parameters<typeof pushToGuardian>[2] {
  const reader = readerOf(m.parent.language, m.branch);
  const when = momentFor(reader, m.startsAt);
  const title = reader.t('mail.pushMeetingTitle', { change, teacher: m.teacher.name });
  const body = reader.t('mail.pushMeetingBody', { change, when, student: m.studentName });
  return { title, body, url: `/parent/meetings/${m.id}`, tag: `meeting-${m.id}` };
}
