import type { Meeting } from '../api/types.ts';

/**
 * The status badge of a meeting, derived from the appointment, its room, who is in the room right
 * now, and the time. Rules are checked in order; the first that applies wins.
 */
type MeetingStatusKind =
  | 'cancelled'
  | 'completed'
  | 'no_show'
  | 'ended'
  | 'in_call'
  | 'parent_waiting'
  | 'guest_waiting'
  | 'room_failed'
  | 'room_preparing'
  | 'room_ready';

type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export interface MeetingStatus {
  kind: MeetingStatusKind;
  label: string;
  tone: StatusTone;
}

export interface MeetingStatusInput {
  status: Meeting['status'];
  room: Meeting['room'];
  joinClosesAt: string;
  /** Who is in the video room or knocking right now (absent in data from before the API had it). */
  live?: Meeting['live'] | null;
}

type Rule = [MeetingStatusKind, (meeting: MeetingStatusInput, now: Date) => boolean];

const RULES: Rule[] = [
  ['cancelled', (m) => m.status === 'cancelled'],
  ['completed', (m) => m.status === 'completed'],
  ['no_show', (m) => m.status === 'no_show'],
  ['ended', (m, now) => now >= new Date(m.joinClosesAt)],
  ['in_call', (m) => m.live?.parentInCall === true],
  ['parent_waiting', (m) => m.live?.parentWaiting === true],
  ['guest_waiting', (m) => m.live?.guestWaiting === true],
  ['room_failed', (m) => m.room?.status === 'failed'],
  ['room_ready', (m) => m.room?.status === 'ready'],
];

const PRESENTATION: Record<MeetingStatusKind, Omit<MeetingStatus, 'kind'>> = {
  cancelled: { label: 'Cancelled', tone: 'neutral' },
  completed: { label: 'Completed', tone: 'success' },
  no_show: { label: 'No-show', tone: 'warning' },
  ended: { label: 'Ended', tone: 'neutral' },
  in_call: { label: 'In call', tone: 'success' },
  parent_waiting: { label: 'Parent waiting', tone: 'warning' },
  guest_waiting: { label: 'Unknown guest waiting', tone: 'warning' },
  room_failed: { label: 'Room problem', tone: 'danger' },
  room_preparing: { label: 'Room being prepared', tone: 'info' },
  room_ready: { label: 'Room ready', tone: 'success' },
};

export function meetingStatus(meeting: MeetingStatusInput, now: Date): MeetingStatus {
  // No room yet, a pending one, or one being recreated: the worker is still preparing it.
  const kind = RULES.find(([, applies]) => applies(meeting, now))?.[0] ?? 'room_preparing';
  return { kind, ...PRESENTATION[kind] };
}
