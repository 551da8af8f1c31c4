import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '@edutrack/e2e';

/**
 * `pnpm dev`: an edited component shows in the open page at once, without reloading it. The app runs
 * on Preact, whose hot reload is Prefresh (React's refresh runtime updates nothing there). The edit
 * is made in Vite's transform, not on disk, so no source file changes under the other tests.
 */
const APP = fileURLToPath(new URL('../..', import.meta.url));
const HEADER = fileURLToPath(new URL('../../src/layout/app-header.tsx', import.meta.url));
let appName = 'EduTrack Meet';
const editHeader: Plugin = {
  name: 'edit-header',
  enforce: 'pre', // on the source, before JSX is compiled
  transform: (code, id) => (id === HEADER ? code.replace('>EduTrack Meet<', `>${appName}<`) : undefined),
};

let server: ViteDevServer;
let browser: Browser;
beforeAll(async () => {
  server = await createServer({
    root: APP,
    configFile: `${APP}/vite.config.ts`,
    plugins: [editHeader],
    server: { port: 0, strictPort: false },
    logLevel: 'silent',
  });
  [, browser] = await Promise.all([server.listen(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('pnpm dev', () => {
  it('updates an edited component in the open page, keeping the page', async () => {
    const page = await browser.newPage();
    // Opened twice: on the first visit Vite may still find libraries to prepare and reload the page
    // for them, which is not the reload this test is about. (No API runs here: the frame is enough.)
    for (const visit of [1, 2]) {
      await page.goto(server.resolvedUrls!.local[0]!);
      await page.getByText('EduTrack Meet', { exact: true }).waitFor({ timeout: visit === 1 ? 60_000 : 30_000 });
      await page.waitForLoadState('networkidle');
    }
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));

    appName = 'EduTrack Meet, edited';
    const [header] = server.moduleGraph.getModulesByFile(HEADER) ?? [];
    await server.reloadModule(header!);
    await page.getByText('EduTrack Meet, edited', { exact: true }).waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
  });
});
