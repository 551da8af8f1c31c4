import type { Meeting, StaffMe, StudentOption } from '../../src/api/types.ts';

/** Demo-like data in the shapes the API returns. */
export const BRANCH = {
  id: '00000000-0000-4000-8000-0000000000b1',
  name: 'Riverside Primary',
  schoolName: 'Riverside School',
  timeZone: 'Europe/London',
  locale: 'en-GB',
  callHandoverMinutes: 1,
  guestsAllowed: true,
};

export function staffMe(role: 'teacher' | 'admin' = 'teacher', zone = BRANCH.timeZone): StaffMe {
  const admin = role === 'admin';
  return {
    id: admin ? '00000000-0000-4000-8000-0000000000a1' : TEACHERS[0]!.id,
    name: admin ? 'Dana Whitfield' : 'Ana Rivera',
    displayName: admin ? 'Mrs. Whitfield' : 'Ms. Rivera',
    email: admin ? 'dana.admin@riverside.test' : 'ana.rivera@riverside.test',
    branches: [{ ...BRANCH, timeZone: zone, role }],
  };
}

export const TEACHERS = [
  {
    id: '00000000-0000-4000-8000-0000000000c1',
    name: 'Ana Rivera',
    displayName: 'Ms. Rivera',
    email: 'ana.rivera@riverside.test',
    role: 'teacher' as const,
  },
  {
    id: '00000000-0000-4000-8000-0000000000c2',
    name: 'Ben Okafor',
    displayName: 'Mr. Okafor',
    email: 'ben.okafor@riverside.test',
    role: 'teacher' as const,
  },
];

export const STUDENTS: StudentOption[] = [
  {
    id: '00000000-0000-4000-8000-0000000000d1',
    name: 'Maya Chen',
    externalRef: 'R-401',
    classes: ['Year 4 Blue'],
    guardians: [
      { id: '00000000-0000-4000-8000-0000000000e1', name: 'Li Chen' },
      { id: '00000000-0000-4000-8000-0000000000e2', name: 'Wei Chen' },
    ],
  },
  {
    id: '00000000-0000-4000-8000-0000000000d2',
    name: 'Leo Garcia',
    externalRef: 'R-403',
    classes: ['Year 4 Blue'],
    guardians: [{ id: '00000000-0000-4000-8000-0000000000e3', name: 'Sofia Garcia' }],
  },
];

export function meeting(overrides: Partial<Meeting> & { startsAt: string; endsAt: string }): Meeting {
  const start = new Date(overrides.startsAt).getTime();
  const end = new Date(overrides.endsAt).getTime();
  return {
    id: '00000000-0000-4000-8000-0000000000f1',
    status: 'scheduled',
    topic: 'Reading progress this term',
    branch: { id: BRANCH.id, name: BRANCH.name, timeZone: BRANCH.timeZone, locale: 'en-GB' },
    teacher: { id: TEACHERS[0]!.id, displayName: 'Ms. Rivera' },
    guardian: { id: STUDENTS[0]!.guardians[0]!.id, name: 'Li Chen', language: null },
    student: { id: STUDENTS[0]!.id, name: 'Maya Chen' },
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
    permissions: { cancel: true, reschedule: true, reopen: false },
    ...overrides,
  };
}
