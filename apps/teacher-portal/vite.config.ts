import { catalogPlugin } from '@edutrack/i18n/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the server under /staff/; in `pnpm dev` Vite proxies the API to the server on :3000.
export default defineConfig({
  base: '/staff/',
  plugins: [catalogPlugin(), react()],
  server: {
    port: 5173,
    proxy: { '/trpc': 'http://localhost:3000', '/local-call': { target: 'ws://localhost:3000', ws: true } },
  },
  // React, TanStack Query, zod and luxon in one chunk (~160 kB gzipped); the call screen should load
  // daily-js lazily rather than grow this further.
  build: { chunkSizeWarningLimit: 600 },
});
