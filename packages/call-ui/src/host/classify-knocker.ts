import type { Translate } from '../i18n/translate.ts';
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
  t: Translate,
): KnockerIdentity {
  const known = matchVouched(waiting, allWaiting, vouched);
  const student = ticket.student.name;
  if (known?.isExpectedParent) {
    return {
      kind: 'expected-parent',
      name: known.name,
      label: t('call.knocker.expectedLabel'),
      detail: t('call.knocker.expectedDetail', { parent: ticket.expectedParent.name }),
    };
  }
  if (known?.role === 'invitee') {
    const role = known.roleLabel ?? t('call.knocker.guest');
    const by = known.invitedBy ?? t('call.knocker.aParent');
    return {
      kind: 'invited-guest',
      name: role,
      label: t('call.knocker.invitedLabel', { role, by }),
      detail: t('call.knocker.invitedDetail', { by, student }),
    };
  }
  if (known) {
    return {
      kind: 'other-parent',
      name: known.name,
      label: known.invitedBy
        ? t('call.knocker.otherInvitedLabel', { student, by: known.invitedBy })
        : t('call.knocker.otherLabel', { student }),
      detail: t('call.knocker.otherDetail', { student }),
    };
  }
  const typed = waiting.name.trim() || t('call.knocker.someone');
  return {
    kind: 'unknown-guest',
    name: typed,
    label: t('call.knocker.unknownLabel'),
    detail: t('call.knocker.unknownDetail', { student, typed }),
  };
}
