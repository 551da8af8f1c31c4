import type { Alias } from 'vite';

/**
 * The app renders with Preact through its React compatibility layer: React's DOM renderer alone was
 * two thirds of the first screen (≈ 64 of 102 kB gzipped), Preact with compat is ≈ 7 kB
 * (docs/decisions/009-performance.md). Every `react`/`react-dom` import, the libraries' too
 * (TanStack Query, tRPC's integration, wouter, Lingui, the call's daily-react), resolves to it; the
 * unit tests use the same aliases, so they test what ships.
 */
export const reactAsPreact: Alias[] = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
  // wouter's React 17 fallback: Preact has the hook itself.
  { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: 'preact/compat' },
];
