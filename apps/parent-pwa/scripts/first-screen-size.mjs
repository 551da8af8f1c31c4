// Builds the app and prints the gzipped size of the JavaScript the first screen loads: the entry
// chunk, every chunk it imports statically (the service worker is registered after the page's load
// event, src/pwa/after-page-load.tsx, so workbox-window is not part of it), the sign-in screen's chunk and
// the English messages it needs (locales/en/<feature>.json, fetched before the first render: the app
// frame's, and Home's or the sign-in screen's with it, as src/i18n/catalogs.ts and src/routes/app-routes.tsx load them; other
// languages are the same size give or take). A signed-in parent first sees Home, one who is not signed
// in yet the sign-in screen: the larger of the two is the figure. Run: pnpm --filter @edutrack/parent-pwa run size
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'parent-pwa-size-'));
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
  const screens = {
    'Home (signed in)': closure([...frame, ...english('meetings')]),
    'Sign-in (signed out)': closure([...frame, 'src/features/sign-in/sign-in-page.tsx', ...english('signIn')]),
  };

  const gzipped = (file) => gzipSync(readFileSync(join(outDir, file)), { level: 6 }).length;
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const line = (label, bytes) => console.log(`  ${label.padEnd(52)} ${kb(bytes).padStart(9)}`);
  let largest = 0;
  for (const [name, keys] of Object.entries(screens)) {
    const rows = [...keys]
      .map((key) => {
        if (!manifest[key]) throw new Error(`${key} is not in the build: update this script`);
        return key;
      })
      .map((key) => ({ file: manifest[key].file, bytes: gzipped(manifest[key].file) }));
    const total = rows.reduce((sum, row) => sum + row.bytes, 0);
    largest = Math.max(largest, total);
    console.log(`${name}: JavaScript, gzip (level 6, the usual server default)`);
    for (const row of rows.sort((a, b) => b.bytes - a.bytes)) line(row.file, row.bytes);
    line('TOTAL', total);
  }
  const everyFirst = new Set(Object.values(screens).flatMap((keys) => [...keys]));
  console.log('Loaded on demand:');
  for (const key of Object.keys(manifest).filter((k) => !everyFirst.has(k) && manifest[k].file.endsWith('.js')))
    line(manifest[key].file, gzipped(manifest[key].file));
  line(
    'CSS (one file, all screens)',
    (manifest[entryKey].css ?? []).reduce((sum, file) => sum + gzipped(file), 0),
  );
  console.log(`\nfirst-screen-js-gzip-bytes=${largest}`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
