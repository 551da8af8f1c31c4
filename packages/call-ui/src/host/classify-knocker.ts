import type { CallTicket } from '../call-ticket.ts';
import type { VouchedKnocker } from './use-vouched-knockers.ts';

export interface KnockerIdentity {
  kind: 'expected-parent' | 'other-parent' | 'unknown-guest';
  /** The name to show: the server's for a vouched knocker, the typed one otherwise. */
  name: string;
  /** A short label that says who this is in words (never by colour alone). */
  label: string;
  /** One sentence for the teacher. */
  detail: string;
}

/**
 * Who is knocking, as far as the server can vouch. Daily shows owners only a session id and a typed
 * name, so a name alone proves nothing: only a session the parent app reported counts as a parent.
 */
export function classifyKnocker(
  waiting: { id: string; name: string },
  vouched: ReadonlyMap<string, VouchedKnocker>,
  ticket: CallTicket,
): KnockerIdentity {
  const known = vouched.get(waiting.id);
  const student = ticket.student.name;
  if (known?.isExpectedParent) {
    return {
      kind: 'expected-parent',
      name: known.name,
      label: 'Expected parent',
      detail: `Signed in as ${ticket.expectedParent.name}, the parent this meeting is with.`,
    };
  }
  if (known) {
    return {
      kind: 'other-parent',
      name: known.name,
      label: `Another parent of ${student}`,
      detail: `Signed in as a parent of ${student}, not the one this meeting was booked with.`,
    };
  }
  const typed = waiting.name.trim() || 'Someone';
  return {
    kind: 'unknown-guest',
    name: typed,
    label: 'Unknown guest',
    detail: `Not signed in as ${student}'s parent. The name "${typed}" was typed by the guest and is not confirmed.`,
  };
}
