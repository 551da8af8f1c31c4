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
