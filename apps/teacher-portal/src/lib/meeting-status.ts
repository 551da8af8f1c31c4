import type { Meeting } from '../api/types.ts';

/**
 * The status badge of a meeting, derived from the appointment, its room and the time. Rules are
 * checked in order; live presence ("parent waiting", "in call") slots in once the API reports it.
 */
export type MeetingStatusKind =
  | 'cancelled'
  | 'completed'
  | 'no_show'
  | 'ended'
  | 'in_call'
  | 'parent_waiting'
  | 'room_failed'
  | 'room_preparing'
  | 'room_ready';

export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export interface MeetingStatus {
  kind: MeetingStatusKind;
  label: string;
  tone: StatusTone;
}

export interface MeetingStatusInput {
  status: Meeting['status'];
  room: Meeting['room'];
  joinClosesAt: string;
  /** Who is in the video room right now, once the API reports it. */
  presence?: { parentWaiting: boolean; inCall: boolean } | null;
}

type Rule = [MeetingStatusKind, (meeting: MeetingStatusInput, now: Date) => boolean];

const RULES: Rule[] = [
  ['cancelled', (m) => m.status === 'cancelled'],
  ['completed', (m) => m.status === 'completed'],
  ['no_show', (m) => m.status === 'no_show'],
  ['ended', (m, now) => now >= new Date(m.joinClosesAt)],
  ['in_call', (m) => m.presence?.inCall === true],
  ['parent_waiting', (m) => m.presence?.parentWaiting === true],
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
  room_failed: { label: 'Room problem', tone: 'danger' },
  room_preparing: { label: 'Room being prepared', tone: 'info' },
  room_ready: { label: 'Room ready', tone: 'success' },
};

export function meetingStatus(meeting: MeetingStatusInput, now: Date): MeetingStatus {
  // No room yet, a pending one, or one being recreated: the worker is still preparing it.
  const kind = RULES.find(([, applies]) => applies(meeting, now))?.[0] ?? 'room_preparing';
  return { kind, ...PRESENTATION[kind] };
}
