import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * unit: components and pure code in jsdom.
 * build: builds the app (no secrets in the output).
 * e2e: the real server (own test database) and the built app in Chromium; needs `pnpm build` first
 * (turbo runs the build before the tests).
 */
export default defineConfig({
  resolve: { dedupe: ['@tanstack/query-core'] },
  test: {
    projects: [
      {
        extends: true,
        plugins: [react()],
        resolve: {
          alias: {
            'virtual:pwa-register/react': new URL('./test/unit/support/pwa-register-stub.ts', import.meta.url).pathname,
          },
        },
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/support/setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'build', environment: 'node', include: ['test/build/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['../../packages/db/src/testing/global-setup.ts'],
          // One server and one Chromium at a time: a small machine runs these reliably.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
