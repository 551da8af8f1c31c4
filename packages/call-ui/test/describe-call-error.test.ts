import { describe, expect, test } from 'vitest';
import { describeCallError } from '../src/errors/describe-call-error.ts';
import { englishT as t } from './support/english.ts';

const parent = { t, role: 'guardian' as const, teacherName: 'Ms. Rivera' };
const teacher = { t, role: 'teacher' as const, teacherName: 'Ms. Rivera' };
const dailyError = (type: string, errorMsg = `${type} from Daily`) => ({
  action: 'error',
  errorMsg,
  error: { type, msg: errorMsg },
});

describe('describeCallError', () => {
  test.each(['nbf-room', 'nbf-token'])('%s: the room is not open yet, and trying later may work', (type) => {
    const problem = describeCallError(dailyError(type), parent);
    expect(problem).toMatchObject({ kind: 'not-open', title: 'The video room is not open yet', canRetry: true });
    expect(problem.message).toContain('5 minutes before the meeting starts');
  });

  test.each(['exp-room', 'exp-token'])("%s: the meeting's time is over, for good", (type) => {
    expect(describeCallError(dailyError(type), parent)).toMatchObject({
      kind: 'time-over',
      title: 'The meeting has ended',
      message: "The meeting's time is over, so its video room has closed.",
      canRetry: false,
    });
  });

  test('ejected: a parent is told the teacher ended it; the teacher that it ended for everyone', () => {
    expect(describeCallError(dailyError('ejected'), parent)).toMatchObject({
      kind: 'ended-by-teacher',
      message: 'Ms. Rivera ended the meeting. Thank you for joining.',
    });
    expect(describeCallError(dailyError('ejected'), teacher).message).toBe('The meeting was ended for everyone.');
  });

  test("an ejection when the room's time has come reads as the time being over, not as the teacher ending it", () => {
    expect(describeCallError(dailyError('ejected'), { ...parent, roomClosed: true }).kind).toBe('time-over');
  });

  test('a denied knock reads as denied even though Daily types it as an ejection', () => {
    const problem = describeCallError(dailyError('ejected', 'Join request rejected'), parent);
    expect(problem.kind).toBe('denied');
    expect(problem.title).toBe("You weren't let in this time");
    expect(problem.message).toContain('Ms. Rivera did not accept the request to join.');
    expect(problem.canRetry).toBe(false);
  });

  test('the rejection text alone (no type) is a denial too', () => {
    expect(describeCallError({ errorMsg: 'Join request rejected' }, parent).kind).toBe('denied');
    expect(describeCallError('Join request rejected', parent).kind).toBe('denied');
    expect(
      describeCallError(
        { errorMsg: 'You were removed', error: { type: 'not-allowed', msg: 'Join request rejected' } },
        parent,
      ).kind,
    ).toBe('denied');
  });

  test('no-room, meeting-full, not-allowed, end-of-life each get their own plain message', () => {
    expect(describeCallError(dailyError('no-room'), parent)).toMatchObject({ kind: 'no-room', canRetry: false });
    expect(describeCallError(dailyError('meeting-full'), parent)).toMatchObject({
      kind: 'full',
      title: 'The video room is full',
    });
    expect(describeCallError(dailyError('not-allowed'), parent)).toMatchObject({
      kind: 'not-allowed',
      canRetry: false,
    });
    expect(describeCallError(dailyError('end-of-life'), parent)).toMatchObject({ kind: 'unsupported-browser' });
  });

  test('connection-error: check the internet, and try again', () => {
    expect(describeCallError(dailyError('connection-error'), parent)).toMatchObject({
      kind: 'network',
      canRetry: true,
    });
    expect(describeCallError(dailyError('connection-error'), parent).message).toContain(
      'Check your internet connection',
    );
  });

  test("anything else is a generic, retryable message that never repeats Daily's text", () => {
    const problem = describeCallError(new Error('signalling channel 0xdeadbeef closed unexpectedly'), parent);
    expect(problem.kind).toBe('unknown');
    expect(problem.canRetry).toBe(true);
    expect(`${problem.title} ${problem.message}`).not.toContain('0xdeadbeef');
    expect(describeCallError(undefined, parent).kind).toBe('unknown');
  });
});
