import { describe, expect, it } from 'vitest';
import { joinState } from '../src/index.ts';

describe('join button state', () => {
  const meeting = { status: 'scheduled', joinOpensAt: '2030-03-05T16:55:00Z', joinClosesAt: '2030-03-05T17:40:00Z' };
  it('is closed before the window, open inside it, over after it', () => {
    expect(joinState(meeting, new Date('2030-03-05T16:54:59Z'))).toMatchObject({ kind: 'not_open', msUntilOpen: 1000 });
    expect(joinState(meeting, new Date('2030-03-05T16:55:00Z'))).toMatchObject({ kind: 'open' });
    expect(joinState(meeting, new Date('2030-03-05T17:39:59Z'))).toMatchObject({ kind: 'open' });
    expect(joinState(meeting, new Date('2030-03-05T17:40:00Z'))).toEqual({ kind: 'closed' });
    expect(joinState({ ...meeting, status: 'cancelled' }, new Date('2030-03-05T17:00:00Z'))).toEqual({
      kind: 'unavailable',
      reason: 'cancelled',
    });
  });
});
