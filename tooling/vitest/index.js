import { fileURLToPath } from 'node:url';
// Plain JavaScript (types in index.d.ts): a config's imports from workspace packages are loaded by
// Node itself, untranspiled.

/** Builds the run's migrated template database once; each test file copies it (packages/db/src/testing). */
const databaseSetup = fileURLToPath(new URL('../../packages/db/src/testing/global-setup.ts', import.meta.url));

/** Tests against a real PostgreSQL, a database of their own per file.
 * Files share one module cache (`isolate: false`): each file already makes its own database, and
 * importing the server's modules afresh for every file was half of each package's run time.
 */
export const databaseTests = {
  environment: 'node',
  isolate: false,
  globalSetup: [databaseSetup],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

/**
 * The real server and Chromium. One file at a time: a 2-core machine runs a server, a database and
 * two browser pages with fake media reliably only when nothing else competes.
 */
export const browserTests = {
  ...databaseTests,
  // Each file starts its own server and test clock in-process; a fresh module cache keeps one file's
  // clock and singletons out of the next (import time is small beside a browser test's).
  isolate: true,
  fileParallelism: false,
  testTimeout: 90_000,
  hookTimeout: 180_000,
};

/** React components in jsdom. Files share one module cache and jsdom (`isolate: false`); Testing
 * Library unmounts after each test, and a fresh environment per file cost more than the tests did.
 */
export const componentTests = { environment: 'jsdom', isolate: false };

/** Builds a web app for real (no secrets in the output, the size budget).
 */
export const buildTests = { environment: 'node', testTimeout: 120_000 };
