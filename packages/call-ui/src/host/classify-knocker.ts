import type { CallTicket } from '../call-ticket.ts';
import type { VouchedKnocker } from './use-vouched-knockers.ts';

export interface KnockerIdentity {
  kind: 'expected-parent' | 'other-parent' | 'invited-guest' | 'unknown-guest';
  /** The name to show: the server's for a vouched knocker, the typed one otherwise. */
  name: string;
  /** A short label that says who this is in words (never by colour alone). */
  label: string;
  /** One sentence for the teacher. */
  detail: string;
}

/**
 * The server's lobby row that is this knocker, if any. First by session id (the parent app reports its
 * own; Daily's webhooks carry theirs), but Daily does not document that the id an owner sees for a
 * knocker equals that session id. So also by name: the name in the knocking token is one the server
 * chose ("Li Chen (parent of Maya Chen)"), and it counts only while it is unambiguous: exactly one
 * knocker uses it, and the server's open rows with that name are all one person's. Someone without a
 * token can type that name too; then two knockers share it and neither is vouched for by name.
 */
function matchVouched(
  waiting: { id: string; name: string },
  allWaiting: readonly { id: string; name: string }[],
  vouched: readonly VouchedKnocker[],
): VouchedKnocker | undefined {
  const bySession = vouched.find((row) => row.sessionId === waiting.id);
  if (bySession) return bySession;
  const name = waiting.name.trim();
  if (!name || allWaiting.filter((other) => other.name.trim() === name).length !== 1) return undefined;
  // Rows another knocker already claims by session id are theirs.
  const claimed = new Set(allWaiting.map((other) => other.id));
  const byName = vouched.filter((row) => row.name.trim() === name && !claimed.has(row.sessionId));
  const parents = new Set(byName.map((row) => row.userId));
  return parents.size === 1 ? byName[0] : undefined;
}

/**
 * Who is knocking, as far as the server can vouch. Daily shows owners only an id and a name, so a
 * name alone proves nothing: only a knock the server recorded for a signed-in parent counts (see
 * `matchVouched`).
 */
export function classifyKnocker(
  waiting: { id: string; name: string },
  allWaiting: readonly { id: string; name: string }[],
  vouched: readonly VouchedKnocker[],
  ticket: CallTicket,
): KnockerIdentity {
  const known = matchVouched(waiting, allWaiting, vouched);
  const student = ticket.student.name;
  if (known?.isExpectedParent) {
    return {
      kind: 'expected-parent',
      name: known.name,
      label: 'Expected parent',
      detail: `Signed in as ${ticket.expectedParent.name}, the parent this meeting is with.`,
    };
  }
  if (known?.role === 'invitee') {
    const role = known.roleLabel ?? 'Guest';
    return {
      kind: 'invited-guest',
      name: role,
      label: `${role}, invited by ${known.invitedBy ?? 'a parent'}`,
      detail: `Invited to this meeting by ${known.invitedBy ?? 'a parent'} of ${student}, through a link that works for this meeting only.`,
    };
  }
  if (known) {
    return {
      kind: 'other-parent',
      name: known.name,
      label: known.invitedBy ? `Parent of ${student}, invited by ${known.invitedBy}` : `Another parent of ${student}`,
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
