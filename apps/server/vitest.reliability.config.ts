import { databaseTests } from '@edutrack/vitest-config';
import { defineConfig } from 'vitest/config';

/** `pnpm test:reliability`: crashes, outages and leaks, with real processes; slower than the unit tiers. */
export default defineConfig({
  test: {
    ...databaseTests,
    include: ['test/reliability/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Each file kills and restarts real processes: a fresh module cache per file, as before.
    isolate: true,
  },
});
