import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The limiter tests pace real requests at Daily's rates, which takes seconds, not milliseconds.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
