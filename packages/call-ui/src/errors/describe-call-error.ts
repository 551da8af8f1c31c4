import type { Translate } from '../i18n/translate.ts';
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
  /** The words, in the language in use when the error happened. */
  t: Translate;
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
  const { t } = context;
  switch (type) {
    case 'nbf-room':
    case 'nbf-token':
      return {
        kind: 'not-open',
        title: t('call.error.notOpenTitle'),
        message: t('call.error.notOpen'),
        canRetry: true,
      };
    case 'exp-room':
    case 'exp-token':
      return timeOver(t);
    case 'ejected':
      if (context.roomClosed) return timeOver(t);
      return {
        kind: 'ended-by-teacher',
        title: t('call.error.endedTitle'),
        message:
          context.role === 'teacher'
            ? t('call.error.endedForEveryone')
            : t('call.error.endedByTeacher', { name: context.teacherName }),
        canRetry: false,
      };
    case 'no-room':
      return {
        kind: 'no-room',
        title: t('call.error.noRoomTitle'),
        message: t('call.error.noRoom'),
        canRetry: false,
      };
    case 'meeting-full':
      return {
        kind: 'full',
        title: t('call.error.fullTitle'),
        message: t('call.error.full', { name: context.teacherName }),
        canRetry: true,
      };
    case 'not-allowed':
      return {
        kind: 'not-allowed',
        title: t('call.error.notAllowedTitle'),
        message: t('call.error.notAllowed'),
        canRetry: false,
      };
    case 'end-of-life':
      return {
        kind: 'unsupported-browser',
        title: t('call.error.oldBrowserTitle'),
        message: t('call.error.oldBrowser'),
        canRetry: false,
      };
    case 'connection-error':
      return network(t);
    default:
      return {
        kind: 'unknown',
        title: t('call.error.stoppedTitle'),
        message: t('call.error.stopped'),
        canRetry: true,
      };
  }
}

function timeOver(t: Translate): CallProblem {
  return {
    kind: 'time-over',
    title: t('call.error.endedTitle'),
    message: t('call.error.timeOver'),
    canRetry: false,
  };
}

function denied(context: CallErrorContext): CallProblem {
  return {
    kind: 'denied',
    title: context.t('call.error.deniedTitle'),
    message: context.t('call.error.denied', { name: context.teacherName }),
    canRetry: false,
  };
}

function network(t: Translate): CallProblem {
  return {
    kind: 'network',
    title: t('call.error.networkTitle'),
    message: t('call.error.network'),
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
