import type { Executor } from '@edutrack/db';
import type { Actor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import type { OutgoingEmail } from '../mail/mailer.ts';
import { formatInZone, formatTimeInZone } from '../time/time-zones.ts';
import type { AppointmentRow, AppointmentView } from './appointment-view.ts';

type Change = 'scheduled' | 'rescheduled' | 'cancelled';

/**
 * Tells the other side of a meeting what changed (staff act → the parent hears; a parent acts → the
 * teacher hears). Written in the same transaction as the change.
 */
export async function notifyOtherParty(
  tx: Executor,
  deps: Pick<CoreDeps, 'mailer' | 'publicUrl'>,
  actor: Actor,
  change: Change,
  view: AppointmentView,
  emails: AppointmentRow['emails'],
): Promise<void> {
  await deps.mailer.send(tx, changeEmail(deps, actor, change, view, emails));
}

/** The email telling the other side of a meeting what changed. */
export function changeEmail(
  deps: Pick<CoreDeps, 'publicUrl'>,
  actor: Actor,
  change: Change,
  view: AppointmentView,
  emails: AppointmentRow['emails'],
): OutgoingEmail {
  const toParent = actor.kind === 'staff';
  const recipient = toParent
    ? { email: emails.guardian, name: view.guardian.name }
    : { email: emails.teacher, name: view.teacher.displayName };
  const when = `${formatInZone(new Date(view.startsAt), view.branch.timeZone)}–${formatTimeInZone(new Date(view.endsAt), view.branch.timeZone)} (${view.branch.timeZone})`;
  const withWhom = toParent ? view.teacher.displayName : view.guardian.name;
  const verb = { scheduled: 'is booked', rescheduled: 'has moved', cancelled: 'was cancelled' }[change];
  const lines = [
    `Hello ${recipient.name},`,
    '',
    `Your meeting with ${withWhom} about ${view.student.name} ${verb}.`,
    change === 'cancelled' ? `It was planned for ${when}.` : `When: ${when}`,
  ];
  if (change === 'cancelled' && view.cancelReason) lines.push(`Reason: ${view.cancelReason}`);
  if (change !== 'cancelled')
    lines.push('', `Join from ${deps.publicUrl}/${toParent ? 'parent' : 'staff'}/ up to 5 minutes before the start.`);
  return {
    to: recipient.email,
    subject: `Meeting ${change}: ${view.student.name}, ${formatInZone(new Date(view.startsAt), view.branch.timeZone)}`,
    text: lines.join('\n'),
  };
}
