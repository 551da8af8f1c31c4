import type { CallTicket } from '../../src/call-ticket.ts';

/** A meeting 17:00–17:10 UTC on 24 Nov; the room closes 30 minutes after the end. */
export function ticketFor(role: 'teacher' | 'guardian', overrides: Partial<CallTicket> = {}): CallTicket {
  return {
    roomUrl: 'https://edutrack.daily.co/etm-0123abcd',
    token: role === 'teacher' ? 'owner-token' : 'knocking-token',
    you:
      role === 'teacher'
        ? { userId: 'staff-1', userName: 'Ms. Rivera', role: 'teacher' }
        : { userId: 'guardian-1', userName: 'Li Chen (parent of Maya Chen)', role: 'guardian' },
    teacher: { id: 'staff-1', displayName: 'Ms. Rivera' },
    expectedParent: { id: 'guardian-1', name: 'Li Chen' },
    student: { id: 'student-1', name: 'Maya Chen' },
    startsAt: '2026-11-24T17:00:00.000Z',
    endsAt: '2026-11-24T17:10:00.000Z',
    closesAt: '2026-11-24T17:40:00.000Z',
    school: { locale: 'en-GB', timeZone: 'Europe/London' },
    ...overrides,
  };
}

export const ROOM_EXP_SECONDS = Date.parse('2026-11-24T17:40:00.000Z') / 1000;

/** A clock the test moves by hand. */
export function testClock(iso: string) {
  let now = new Date(iso).getTime();
  return {
    now: () => new Date(now),
    set: (next: string) => {
      now = new Date(next).getTime();
    },
  };
}
