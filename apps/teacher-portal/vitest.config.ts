import { catalogPlugin } from '@edutrack/i18n/vite';
import react from '@vitejs/plugin-react';
import { browserTests, buildTests, componentTests } from '@edutrack/vitest-config';
import { defineConfig } from 'vitest/config';

/**
 * unit: components and pure logic in jsdom, with a fake API behind fetch.
 * build: the production bundle holds no server secret.
 * e2e: the built app in real Chromium against the real server and a real PostgreSQL (run `pnpm build` first).
 */
export default defineConfig({
  plugins: [catalogPlugin(), react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          ...componentTests,
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/support/setup-dom.ts'],
        },
      },
      { test: { ...buildTests, name: 'build', include: ['test/build/**/*.test.ts'] } },
      {
        test: { ...browserTests, name: 'e2e', include: ['test/e2e/**/*.test.ts'] },
      },
    ],
  },
});
