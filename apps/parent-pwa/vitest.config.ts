import { catalogPlugin } from '@edutrack/i18n/vite';
import preact from '@preact/preset-vite';
import { browserTests, buildTests, componentTests } from '@edutrack/vitest-config';
import { defineConfig } from 'vitest/config';
import { reactAsPreact } from './react-as-preact.ts';

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
        // The app's own JSX set-up (vite.config.ts), without hot reload.
        plugins: [catalogPlugin(), preact({ reactAliasesEnabled: false, prefreshEnabled: false })],
        resolve: {
          dedupe: ['@tanstack/query-core', 'preact'],
          alias: [
            ...reactAsPreact,
            // The tests are written against React Testing Library's API; Preact's has the same one.
            { find: /^@testing-library\/react$/, replacement: '@testing-library/preact' },
            {
              find: 'virtual:pwa-register/react',
              replacement: new URL('./test/unit/support/pwa-register-stub.ts', import.meta.url).pathname,
            },
          ],
        },
        test: {
          ...componentTests,
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/support/setup.ts'],
          // Through Vite, not Node: the libraries' own `react` imports must reach Preact too.
          server: { deps: { inline: true } },
        },
      },
      {
        extends: true,
        test: { ...buildTests, name: 'build', include: ['test/build/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { ...browserTests, name: 'e2e', include: ['test/e2e/**/*.test.ts'] },
      },
    ],
  },
});
