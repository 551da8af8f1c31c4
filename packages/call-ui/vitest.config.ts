import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogPlugin } from '@edutrack/i18n/vite';
import { componentTests } from '@edutrack/vitest-config';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const dailyReactDir = dirname(require.resolve('@daily-co/daily-react/package.json'));

export default defineConfig({
  plugins: [catalogPlugin()],
  resolve: {
    alias: [
      // The screens always hand daily-react a call object, so daily-js's own factory is never used in
      // tests; a stand-in module only has to resolve (as in daily-react's own tests, which mock it).
      // daily-js itself probes canvas and WebRTC on import, which jsdom does not have.
      {
        find: /^@daily-co\/daily-js$/,
        replacement: fileURLToPath(new URL('test/support/daily-js-module.ts', import.meta.url)),
      },
      // daily-react's ES build, processed by Vite (see `inline` below) so the alias above reaches its import.
      { find: /^@daily-co\/daily-react$/, replacement: join(dailyReactDir, 'dist/index.esm.js') },
    ],
  },
  test: {
    ...componentTests,
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/support/setup-dom.ts'],
    server: { deps: { inline: ['@daily-co/daily-react'] } },
  },
});
