import { catalogPlugin } from '@edutrack/i18n/vite';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { reactAsPreact } from './react-as-preact.ts';
import { webManifest } from './web-manifest.ts';

// Served by the server under /parent/; in `pnpm dev` Vite proxies the API to the server on :3000.
export default defineConfig({
  base: '/parent/',
  resolve: {
    // The persistence packages pin an older query-core than react-query's; one copy in the bundle.
    // Preact: resolved from this app wherever the import comes from (workspace packages have no copy).
    dedupe: ['@tanstack/query-core', 'preact'],
    alias: reactAsPreact,
  },
  plugins: [
    catalogPlugin(),
    // Preact's own preset: JSX for Preact and, in `pnpm dev`, Prefresh, so an edited component updates
    // in place. React's plugin refreshed nothing here: its runtime needs React's renderer. The
    // aliases above stay ours (they also cover the libraries' use-sync-external-store shim).
    preact({ reactAliasesEnabled: false }),
    VitePWA({
      // Our own service worker (src/service-worker/sw.ts): the precache as before, plus push notifications.
      strategies: 'injectManifest',
      srcDir: 'src/service-worker',
      filename: 'sw.ts',
      // Registered from src/pwa (a module): the server's CSP allows no inline script.
      injectRegister: false,
      // A new version waits until the parent taps "Reload" (or next opens the app), never mid-call.
      registerType: 'prompt',
      manifest: webManifest,
      includeManifestIcons: false,
      injectManifest: {
        // The precache is the whole built app (shell, every screen's chunk, icons): it opens offline.
        globPatterns: ['**/*.{js,css,html,svg,png}'],
      },
    }),
  ],
  build: {
    rolldownOptions: {
      // tRPC's packages declare no `sideEffects`, so the bundler keeps code the app never calls
      // (the WebSocket and streaming links, the server's error shaping). They have none.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/@trpc/') },
      output: {
        // Everything the first screen needs in one chunk (compresses better than a few pieces);
        // only the on-demand screens become chunks of their own.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  server: {
    port: 5174,
    proxy: { '/trpc': 'http://localhost:3000', '/local-call': { target: 'ws://localhost:3000', ws: true } },
  },
});
