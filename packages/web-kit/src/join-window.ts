/**
 * The "Join Video Call" button's state, from the meeting's window as the server reports it
 * (joinOpensAt = start − 5 min, joinClosesAt = end + 30 min). Both apps use this one rule.
 * A completed meeting stays joinable while its room is open: a dropped call can be rejoined. One the
 * teacher ended for everyone is not (the server refuses its tokens too).
 */
export type JoinState =
  | { kind: 'not_open'; opensAt: Date; msUntilOpen: number }
  | { kind: 'open'; closesAt: Date }
  | { kind: 'closed' }
  | { kind: 'unavailable'; reason: 'cancelled' | 'no_show' | 'ended' };

export function joinState(
  meeting: { status: string; joinOpensAt: string; joinClosesAt: string; endedAt?: string | null },
  now: Date,
): JoinState {
  if (meeting.status === 'cancelled' || meeting.status === 'no_show')
    return { kind: 'unavailable', reason: meeting.status };
  if (meeting.endedAt) return { kind: 'unavailable', reason: 'ended' };
  const opensAt = new Date(meeting.joinOpensAt);
  const closesAt = new Date(meeting.joinClosesAt);
  if (now < opensAt) return { kind: 'not_open', opensAt, msUntilOpen: opensAt.getTime() - now.getTime() };
  if (now >= closesAt) return { kind: 'closed' };
  return { kind: 'open', closesAt };
}
