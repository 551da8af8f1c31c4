import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script (run with node), measured the same way here.
import { FIRST_SCREEN_BUDGET_BYTES, measureFirstScreen, report } from '../../scripts/first-screen-size.mjs';

describe('the parent app on a phone', () => {
  it('downloads less than 100 kB of gzipped JavaScript before its first screen (home or sign-in)', async () => {
    const measured = await measureFirstScreen();
    console.log(report(measured));
    expect(measured.largest).toBeLessThan(FIRST_SCREEN_BUDGET_BYTES);
  });
});
