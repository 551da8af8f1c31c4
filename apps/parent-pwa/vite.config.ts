import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the server under /parent/; in `pnpm dev` Vite proxies the API to the server on :3000.
export default defineConfig({
  base: '/parent/',
  plugins: [react()],
  server: { port: 5174, proxy: { '/trpc': 'http://localhost:3000' } },
});
