// Builds the app and prints the gzipped size of the JavaScript the first screen loads: the entry
// chunk, every chunk it imports statically (the service worker is registered after the page's load
// event, src/pwa/after-page-load.tsx, so workbox-window is not part of it), the sign-in screen's chunk and
// the English messages it needs (locales/en/<feature>.json, fetched before the first render: the app
// frame's, and Home's or the sign-in screen's with it, as src/i18n/catalogs.ts and src/routes/app-routes.tsx load them; other
// languages are the same size give or take). A signed-in parent first sees Home, one who is not signed
// in yet the sign-in screen: the larger of the two is the figure. Run: pnpm --filter @edutrack/parent-pwa run size
// (test/build/first-screen-size.test.ts holds the app to the budget with the same measurement).
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** The first screen must stay under this many bytes of gzipped JavaScript (kB = 1000 bytes). */
export const FIRST_SCREEN_BUDGET_BYTES = 100_000;

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the app into a temporary folder; each first screen's files and their gzipped sizes. */
export async function measureFirstScreen() {
  const outDir = mkdtempSync(join(tmpdir(), 'parent-pwa-size-'));
  // What phones get: Vite builds libraries' development code when NODE_ENV says so (Vitest sets "test").
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: 'build-manifest.json' } });
    const manifest = JSON.parse(readFileSync(join(outDir, 'build-manifest.json'), 'utf8'));
    const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
    const closure = (start) => {
      const seen = new Set();
      const visit = (key) => {
        if (seen.has(key)) return;
        seen.add(key);
        for (const imported of manifest[key].imports ?? []) visit(imported);
      };
      start.forEach(visit);
      return seen;
    };
    const english = (...features) => features.map((feature) => `locales/en/${feature}.json.catalog.js`);
    const frame = [entryKey, ...english('common', 'layout', 'account')];
    const screenKeys = {
      'Home (signed in)': closure([...frame, ...english('meetings')]),
      'Sign-in (signed out)': closure([...frame, 'src/features/sign-in/sign-in-page.tsx', ...english('signIn')]),
    };
    const gzipped = (file) => gzipSync(readFileSync(join(outDir, file)), { level: 6 }).length;
    const screens = Object.entries(screenKeys).map(([name, keys]) => {
      const files = [...keys].map((key) => {
        if (!manifest[key]) throw new Error(`${key} is not in the build: update this script`);
        return { file: manifest[key].file, bytes: gzipped(manifest[key].file) };
      });
      return { name, files, total: files.reduce((sum, row) => sum + row.bytes, 0) };
    });
    const everyFirst = new Set(Object.values(screenKeys).flatMap((keys) => [...keys]));
    const onDemand = Object.keys(manifest)
      .filter((key) => !everyFirst.has(key) && manifest[key].file.endsWith('.js'))
      .map((key) => ({ file: manifest[key].file, bytes: gzipped(manifest[key].file) }));
    const cssBytes = (manifest[entryKey].css ?? []).reduce((sum, file) => sum + gzipped(file), 0);
    return { screens, onDemand, cssBytes, largest: Math.max(...screens.map((screen) => screen.total)) };
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The measurement as a table, ending with the figure the benchmark reads. */
export function report({ screens, onDemand, cssBytes, largest }) {
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const line = (label, bytes) => `  ${label.padEnd(52)} ${kb(bytes).padStart(9)}`;
  return [
    ...screens.flatMap(({ name, files, total }) => [
      `${name}: JavaScript, gzip (level 6, the usual server default)`,
      ...files.sort((a, b) => b.bytes - a.bytes).map((row) => line(row.file, row.bytes)),
      line('TOTAL', total),
    ]),
    'Loaded on demand:',
    ...onDemand.map((row) => line(row.file, row.bytes)),
    line('CSS (one file, all screens)', cssBytes),
    '',
    `first-screen-js-gzip-bytes=${largest} (budget: under ${FIRST_SCREEN_BUDGET_BYTES})`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(report(await measureFirstScreen()));
