import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from '../src/client/backoff.ts';

describe('backoffDelayMs', () => {
  const options = { baseDelayMs: 100, maxDelayMs: 1_000 };

  it('doubles the ceiling with every retry, up to the cap', () => {
    const ceilings = [0, 1, 2, 3, 4, 5].map((retry) => backoffDelayMs(retry, options, () => 0.999_999));
    expect(ceilings).toEqual([99, 199, 399, 799, 999, 999]);
  });

  it('spreads delays between zero and the ceiling (full jitter)', () => {
    expect(backoffDelayMs(3, options, () => 0)).toBe(0);
    expect(backoffDelayMs(3, options, () => 0.25)).toBe(200);
  });
});
