import type { CallTicket } from '../call-ticket.ts';

/** What the screens do with a Daily error: what to say, and whether the call is over for good. */
export interface CallProblem {
  kind:
    | 'not-open'
    | 'time-over'
    | 'ended-by-teacher'
    | 'denied'
    | 'no-room'
    | 'full'
    | 'not-allowed'
    | 'network'
    | 'unsupported-browser'
    | 'unknown';
  title: string;
  message: string;
  /** Trying the same join again may work (a network blip, a room not yet open). */
  canRetry: boolean;
}

/** A daily-js `error` event (`{ errorMsg, error: { type, msg } }`), or what `join()` rejected with. */
export interface DailyErrorLike {
  errorMsg?: string;
  error?: { type?: string; msg?: string } | null;
}

export interface CallErrorContext {
  role: CallTicket['you']['role'];
  teacherName: string;
  /** The room's closing time has come: Daily's ejection at expiry then means "time is over". */
  roomClosed?: boolean;
}

const REJECTED = /join request rejected/i;

/**
 * One place that words every Daily error for people. Daily's own text is never shown: it is written
 * for developers and sometimes names internals.
 */
export function describeCallError(error: unknown, context: CallErrorContext): CallProblem {
  const { texts, type } = readDailyError(error);
  // A denied knock arrives as an `error` whose text says so; its type (`ejected`, or `not-allowed`
  // from the local stand-in) must not make it read as "the teacher ended the meeting".
  if (texts.some((text) => REJECTED.test(text))) return denied(context);
  switch (type) {
    case 'nbf-room':
    case 'nbf-token':
      return {
        kind: 'not-open',
        title: 'The video room is not open yet',
        message: 'It opens 5 minutes before the meeting starts. Come back then and choose Join Video Call again.',
        canRetry: true,
      };
    case 'exp-room':
    case 'exp-token':
      return timeOver();
    case 'ejected':
      if (context.roomClosed) return timeOver();
      return {
        kind: 'ended-by-teacher',
        title: 'The meeting has ended',
        message:
          context.role === 'teacher'
            ? 'The meeting was ended for everyone.'
            : `${context.teacherName} ended the meeting. Thank you for joining.`,
        canRetry: false,
      };
    case 'no-room':
      return {
        kind: 'no-room',
        title: 'This video room no longer exists',
        message: 'The meeting may have been cancelled or moved. Check the meeting in your list, then try again.',
        canRetry: false,
      };
    case 'meeting-full':
      return {
        kind: 'full',
        title: 'The video room is full',
        message: `Only ${context.teacherName} and the child's parents can join this meeting. If someone else is using your place, ask them to leave.`,
        canRetry: true,
      };
    case 'not-allowed':
      return {
        kind: 'not-allowed',
        title: "You can't enter this video room",
        message: 'Your invitation to the room was not accepted. Go back and choose Join Video Call again.',
        canRetry: false,
      };
    case 'end-of-life':
      return {
        kind: 'unsupported-browser',
        title: 'This browser is too old for video calls',
        message: "Update your browser (or the phone's system) and try again.",
        canRetry: false,
      };
    case 'connection-error':
      return network();
    default:
      return {
        kind: 'unknown',
        title: 'The video call stopped',
        message: 'Something went wrong with the video call. Try joining again; if it keeps happening, reload the page.',
        canRetry: true,
      };
  }
}

function timeOver(): CallProblem {
  return {
    kind: 'time-over',
    title: 'The meeting has ended',
    message: "The meeting's time is over, so its video room has closed.",
    canRetry: false,
  };
}

function denied(context: CallErrorContext): CallProblem {
  return {
    kind: 'denied',
    title: "You weren't let in this time",
    message: `${context.teacherName} did not accept the request to join. If you think this is a mistake, please contact ${context.teacherName} or the school office.`,
    canRetry: false,
  };
}

function network(): CallProblem {
  return {
    kind: 'network',
    title: 'The connection dropped',
    message: 'We lost the connection to the video service. Check your internet connection and try again.',
    canRetry: true,
  };
}

function readDailyError(error: unknown): { texts: string[]; type?: string } {
  if (typeof error === 'string') return { texts: [error] };
  if (typeof error !== 'object' || error === null) return { texts: [] };
  const e = error as DailyErrorLike & { message?: unknown };
  const texts = [e.errorMsg, e.message, e.error?.msg].filter((t): t is string => typeof t === 'string');
  return { texts, type: typeof e.error?.type === 'string' ? e.error.type : undefined };
}
