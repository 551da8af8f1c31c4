import type { HeldMeeting, ParentEvening, Proposal } from '../../../src/api/types.ts';
import { MAYA, SAM } from './fixtures.ts';

/** Times are UTC; in January London time equals UTC. Booking opens 18:00 on the 15th, the evening is the 22nd. */
export const EVENING_ID = '00000000-0000-4000-8000-0000000e0001';
const SESSION_ID = '00000000-0000-4000-8000-0000000e0002';
const OPENS_AT = '2030-01-15T18:00:00.000Z';

const teacher = (n: number, name: string) => ({
  id: `00000000-0000-4000-8000-0000000d000${n}`,
  joint: false,
  name,
  teacherIds: [`00000000-0000-4000-8000-0000000d000${n}`],
});
export const RIVERA = teacher(1, 'Ms. Rivera');
export const PATEL = teacher(2, 'Mr. Patel');
export const JONES = teacher(3, 'Mrs. Jones');
export const OKAFOR = teacher(4, 'Mr. Okafor');
export const KIM = teacher(5, 'Ms. Kim');

export function parentEvening(overrides: Partial<ParentEvening> = {}): ParentEvening {
  return {
    id: EVENING_ID,
    branchId: '00000000-0000-4000-8000-00000000b001',
    name: 'Spring parents’ evening',
    timeZone: 'Europe/London',
    slotMinutes: 5,
    gapMinutes: 0,
    sessions: [
      {
        id: SESSION_ID,
        startsAt: '2030-01-22T16:00:00.000Z',
        endsAt: '2030-01-22T19:00:00.000Z',
        closesAt: '2030-01-21T16:00:00.000Z',
      },
    ],
    rules: {
      opensAt: OPENS_AT,
      earlyAccessOpensAt: null,
      closesAt: null,
      perParentLimit: null,
      perChildLimit: null,
      householdMode: 'one_per_household',
      parentsMayChangeAfterClose: false,
    },
    phase: 'before_opening',
    youMayBookFrom: OPENS_AT,
    earlyAccess: false,
    invitedBy: [],
    children: [
      { id: MAYA.id, name: MAYA.name, targets: [RIVERA, PATEL, JONES] },
      { id: SAM.id, name: SAM.name, targets: [OKAFOR, KIM] },
    ],
    meetings: [],
    holds: [],
    waitlist: [],
    serverNow: '2030-01-15T17:59:50.000Z',
    ...overrides,
  };
}

/** A held meeting `index` 5-minute slots after 16:00 on the evening. */
export function held(target: typeof RIVERA, studentId: string, index: number, heldUntil: string): HeldMeeting {
  const start = Date.parse('2030-01-22T16:00:00.000Z') + index * 5 * 60_000;
  return {
    slotId: `00000000-0000-4000-8000-0000000f00${String(index).padStart(2, '0')}`,
    studentId,
    target,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 5 * 60_000).toISOString(),
    heldUntil,
    kind: 'proposal',
  };
}

export function proposal(meetings: HeldMeeting[], unserved: Proposal['unserved'] = []): Proposal {
  return {
    meetings,
    unserved,
    spanMinutes: meetings.length * 5,
    heldUntil: meetings[0]?.heldUntil ?? null,
  };
}
