import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The limiter tests pace real requests at Daily's rates, which takes seconds, not milliseconds.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // One module cache for all files (each test starts its own emulator): a fresh import per file cost
    // more than many of the tests.
    isolate: false,
    projects: [
      { extends: true, test: { name: 'node', include: ['test/**/*.test.ts'], exclude: ['test/**/*.browser.test.ts'] } },
      // Chromium with two WebRTC pages takes the CPU; run it after the timing-sensitive limiter tests, not beside them.
      {
        extends: true,
        test: { name: 'chromium', include: ['test/**/*.browser.test.ts'], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
