import type { Translate } from '../i18n/translate.ts';
import type { CallErrorContext, CallProblem } from '../errors/describe-call-error.ts';
import { describeCallError } from '../errors/describe-call-error.ts';

/** How a call that stopped is shown: over for good, refused, or failed (maybe worth another try). */
export type CallOutcome =
  | { status: 'ended'; problem: CallProblem }
  | { status: 'denied'; problem: CallProblem }
  | { status: 'failed'; problem: CallProblem };

export function outcomeOfError(error: unknown, context: CallErrorContext): CallOutcome {
  const problem = describeCallError(error, context);
  if (problem.kind === 'denied') return { status: 'denied', problem };
  if (problem.kind === 'time-over' || problem.kind === 'ended-by-teacher') return { status: 'ended', problem };
  return { status: 'failed', problem };
}

/** The call closed without an error we were told about (the connection or the room went away). */
export function endedWithoutError(t: Translate): CallOutcome {
  return {
    status: 'ended',
    problem: {
      kind: 'unknown',
      title: t('call.error.endedTitle'),
      message: t('call.error.closed'),
      canRetry: false,
    },
  };
}
