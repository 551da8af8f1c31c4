/**
 * The part of the server's join ticket (`staff.meetings.join` / `parent.meetings.join`) the call
 * screens use. Written out here, not imported, so this package depends on no server package; the
 * server's `JoinTicket` is assignable to it.
 */
export interface CallTicket {
  roomUrl: string;
  /** Owner token for the teacher, knocking token for a parent. */
  token: string;
  you: { userId: string; userName: string; role: 'teacher' | 'guardian' | 'invitee' };
  teacher: { id: string; displayName: string };
  expectedParent: { id: string; name: string };
  student: { id: string; name: string };
  /** ISO instants of the appointment's slot. */
  startsAt: string;
  endsAt: string;
  /** When the room closes (and everyone is removed). */
  closesAt: string;
  /** The school's locale and zone: the call screens write times the way the school does. */
  school: { locale: string; timeZone: string };
}

export { systemClock, type Clock } from '@edutrack/daily/clock';

/** Turns a failed server call (a tRPC error) into a sentence a person can act on. */
export type DescribeError = (error: unknown) => string;
