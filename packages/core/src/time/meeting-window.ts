/** The product's rule for when a meeting's video room can be entered. */
export const JOIN_OPENS_BEFORE_START_MS = 5 * 60_000;
export const ROOM_CLOSES_AFTER_END_MS = 30 * 60_000;

export interface MeetingWindow {
  opensAt: Date;
  closesAt: Date;
}

export function meetingWindow(meeting: { startsAt: Date; endsAt: Date }): MeetingWindow {
  return {
    opensAt: new Date(meeting.startsAt.getTime() - JOIN_OPENS_BEFORE_START_MS),
    closesAt: new Date(meeting.endsAt.getTime() + ROOM_CLOSES_AFTER_END_MS),
  };
}

export type WindowState = 'not_open' | 'open' | 'closed';

export function windowState(window: MeetingWindow, now: Date): WindowState {
  if (now < window.opensAt) return 'not_open';
  if (now >= window.closesAt) return 'closed';
  return 'open';
}

/** What moves a call's cut-off: the branch's handover and a teacher's "running N minutes late". */
export interface CallCutRules {
  handoverMinutes: number;
  lateMinutes: number;
}

/**
 * When the call itself ends for everyone (docs/decisions/015): the slot's end, moved by the teacher's
 * lateness, plus the branch's handover; never after the room closes. Meeting tokens expire then and
 * eject their holder, so the next family is not kept waiting for a call that overran.
 */
export function callCutAt(meeting: { startsAt: Date; endsAt: Date }, rules: CallCutRules): Date {
  const cut = meeting.endsAt.getTime() + (rules.lateMinutes + rules.handoverMinutes) * 60_000;
  return new Date(Math.min(cut, meetingWindow(meeting).closesAt.getTime()));
}
