import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { webManifest } from './web-manifest.ts';

// Served by the server under /parent/; in `pnpm dev` Vite proxies the API to the server on :3000.
export default defineConfig({
  base: '/parent/',
  plugins: [
    react(),
    VitePWA({
      // Registered from src/pwa (a module): the server's CSP allows no inline script.
      injectRegister: false,
      // A new version waits until the parent taps "Reload" (or next opens the app), never mid-call.
      registerType: 'prompt',
      manifest: webManifest,
      includeAssets: ['icons/favicon.svg', 'icons/apple-touch-icon-180.png'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // Deep links (/parent/meetings/…) open from the precached shell, offline too.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        // API responses (/trpc, outside the app's scope anyway) are never cached: offline data comes
        // from the persisted query cache, which the app labels with its age.
        runtimeCaching: [],
      },
    }),
  ],
  server: { port: 5174, proxy: { '/trpc': 'http://localhost:3000' } },
});
