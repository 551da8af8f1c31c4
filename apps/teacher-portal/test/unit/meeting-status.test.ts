import { describe, expect, it } from 'vitest';
import { meetingStatus, type MeetingStatusInput } from '../../src/lib/meeting-status.ts';

const base: MeetingStatusInput = {
  status: 'scheduled',
  room: { status: 'ready' },
  joinOpensAt: '2030-03-05T16:55:00Z',
  joinClosesAt: '2030-03-05T17:40:00Z',
};
const during = new Date('2030-03-05T17:05:00Z');
const kind = (overrides: Partial<MeetingStatusInput>, now = during) =>
  meetingStatus({ ...base, ...overrides }, now).kind;

describe('the meeting status badge', () => {
  it('follows the room while the meeting is scheduled', () => {
    expect(kind({ room: null })).toBe('room_preparing');
    expect(kind({ room: { status: 'pending' } })).toBe('room_preparing');
    expect(kind({ room: { status: 'deleted' } })).toBe('room_preparing');
    expect(kind({ room: { status: 'ready' } })).toBe('room_ready');
    expect(meetingStatus({ ...base, room: { status: 'failed' } }, during)).toEqual({
      kind: 'room_failed',
      label: 'Room problem',
      tone: 'danger',
    });
  });

  it('says "Scheduled", not "Room ready", until the room is about to open', () => {
    expect(meetingStatus(base, new Date('2030-03-03T17:00:00Z'))).toEqual({
      kind: 'scheduled',
      label: 'Scheduled',
      tone: 'neutral',
    });
    expect(kind({ room: null }, new Date('2030-03-05T16:39:59Z'))).toBe('scheduled');
    expect(kind({}, new Date('2030-03-05T16:40:00Z'))).toBe('room_ready');
    // A room that failed is worth knowing about early: there is time to fix it.
    expect(kind({ room: { status: 'failed' } }, new Date('2030-03-03T17:00:00Z'))).toBe('room_failed');
  });

  it('says "Ended" as soon as the teacher ends it for everyone', () => {
    expect(kind({ endedAt: '2030-03-05T17:08:00Z' }, new Date('2030-03-05T17:09:00Z'))).toBe('ended');
  });

  it('says the meeting has ended once its window closes, whatever the room did', () => {
    expect(kind({}, new Date('2030-03-05T17:39:59Z'))).toBe('room_ready');
    expect(kind({}, new Date('2030-03-05T17:40:00Z'))).toBe('ended');
    expect(kind({ room: { status: 'failed' } }, new Date('2030-03-05T18:00:00Z'))).toBe('ended');
  });

  it('puts the appointment outcome first', () => {
    const late = new Date('2030-03-06T00:00:00Z');
    expect(meetingStatus({ ...base, status: 'cancelled' }, during).label).toBe('Cancelled');
    expect(kind({ status: 'cancelled', room: { status: 'failed' } }, late)).toBe('cancelled');
    expect(kind({ status: 'completed' }, late)).toBe('completed');
    expect(meetingStatus({ ...base, status: 'no_show' }, late).label).toBe('No-show');
  });

  it('shows who is in the room or knocking over the room state', () => {
    const nobody = { teacherInCall: false, parentInCall: false, parentWaiting: false, guestWaiting: false };
    expect(kind({ live: { ...nobody, parentWaiting: true } })).toBe('parent_waiting');
    expect(meetingStatus({ ...base, live: { ...nobody, guestWaiting: true } }, during).label).toBe(
      'Unknown guest waiting',
    );
    expect(kind({ live: { ...nobody, guestWaiting: true, parentWaiting: true } })).toBe('parent_waiting');
    expect(kind({ live: { ...nobody, teacherInCall: true, parentInCall: true, guestWaiting: true } })).toBe('in_call');
    expect(kind({ live: { ...nobody, teacherInCall: true } })).toBe('room_ready');
    expect(kind({ live: nobody, room: { status: 'pending' } })).toBe('room_preparing');
    expect(kind({ status: 'cancelled', live: { ...nobody, parentWaiting: true } })).toBe('cancelled');
    expect(kind({ live: { ...nobody, parentInCall: true } }, new Date('2030-03-05T17:40:00Z'))).toBe('ended');
  });
});
