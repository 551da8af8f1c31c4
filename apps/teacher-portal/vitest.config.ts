import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const databaseSetup = fileURLToPath(new URL('../../packages/db/src/testing/global-setup.ts', import.meta.url));

/**
 * unit: components and pure logic in jsdom, with a fake API behind fetch.
 * build: the production bundle holds no server secret.
 * e2e: the built app in real Chromium against the real server and a real PostgreSQL (run `pnpm build` first).
 */
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/support/setup-dom.ts'],
        },
      },
      { test: { name: 'build', environment: 'node', include: ['test/build/**/*.test.ts'], testTimeout: 120_000 } },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: [databaseSetup],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
