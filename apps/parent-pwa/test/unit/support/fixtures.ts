import type { Child, Meeting, OpenSlot } from '../../../src/api/types.ts';

const LONDON = {
  id: '00000000-0000-4000-8000-00000000b001',
  name: 'Riverside Primary',
  timeZone: 'Europe/London',
  locale: 'en-GB',
};
export const MAYA = { id: '00000000-0000-4000-8000-00000000c001', name: 'Maya Chen' };
export const SAM = { id: '00000000-0000-4000-8000-00000000c002', name: 'Sam Chen' };
const RIVERA = { id: '00000000-0000-4000-8000-00000000d001', displayName: 'Ms. Rivera' };

/** A scheduled meeting; times are UTC (January: London time equals UTC). */
export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  const startsAt = overrides.startsAt ?? '2030-01-15T10:00:00.000Z';
  const endsAt = overrides.endsAt ?? '2030-01-15T10:15:00.000Z';
  const start = new Date(startsAt).getTime();
  const end = new Date(endsAt).getTime();
  return {
    id: '00000000-0000-4000-8000-00000000a001',
    status: 'scheduled',
    startsAt,
    endsAt,
    topic: 'Reading progress this term',
    branch: LONDON,
    teacher: RIVERA,
    guardian: { id: '00000000-0000-4000-8000-00000000e001', name: 'Li Chen', language: null },
    student: MAYA,
    slotId: null,
    bookedBy: 'staff',
    cancelledAt: null,
    cancelledBy: null,
    cancelReason: null,
    cancelledByViewer: false,
    endedAt: null,
    room: { status: 'ready' },
    live: { teacherInCall: false, parentInCall: false, parentWaiting: false, guestWaiting: false },
    joinOpensAt: new Date(start - 5 * 60_000).toISOString(),
    joinClosesAt: new Date(end + 30 * 60_000).toISOString(),
    runningLate: null,
    permissions: { cancel: true, reschedule: false, reopen: false },
    ...overrides,
  };
}

export function child(who: { id: string; name: string }): Child {
  return { ...who, branch: LONDON, classes: ['Year 4 Blue'], teachers: [RIVERA] };
}

export function slot(overrides: Partial<OpenSlot> = {}): OpenSlot {
  return {
    id: '00000000-0000-4000-8000-00000000f001',
    startsAt: '2030-01-16T17:00:00.000Z',
    endsAt: '2030-01-16T17:10:00.000Z',
    teacher: RIVERA,
    timeZone: 'Europe/London',
    studentIds: [MAYA.id],
    ...overrides,
  };
}
