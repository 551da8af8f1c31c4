import type { CallTicket, Clock } from '../call-ticket.ts';
import type { CallObject } from '../call-object/call-object.ts';
import type { Platform } from '../errors/platform.ts';

/** What both call screens take from the app. */
export interface CallScreenProps {
  /** From `staff.meetings.join` / `parent.meetings.join`. */
  ticket: CallTicket;
  /** The call object (null while it is being created); see `useManagedCallObject`. */
  callObject: CallObject | null;
  /** Back to the agenda (teacher) or the list of meetings (parent). */
  onLeave: () => void;
  /** The clock; tests pass their own. */
  now?: Clock;
  /** Zone for the times shown; the school's (the ticket's) when absent. */
  timeZone?: string;
  /** For device help; detected from the browser when absent. */
  platform?: Platform;
}
