import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { benchEnv } from './env.ts';
import { freshDatabase } from './support/bench-database.ts';
import { startServerChild } from './support/server-child.ts';
import { round } from './support/stats.ts';

const appDir = fileURLToPath(new URL('../../../apps/parent-pwa/', import.meta.url));

/**
 * Benchmark 4: the parent app's first screen (gzipped JavaScript) and Lighthouse's mobile
 * performance, accessibility and best-practices scores for the built app served by the server.
 */
export async function parentApp() {
  const sizeOutput = execFileSync('pnpm', ['run', 'size'], { cwd: appDir, encoding: 'utf8' });
  const firstScreenBytes = Number(/first-screen-js-gzip-bytes=(\d+)/.exec(sizeOutput)?.[1]);

  const db = await freshDatabase('etm_bench_lighthouse');
  const server = await startServerChild({ DATABASE_URL: db.url, RUN_WORKER: 'false', SEED_DEMO: 'true' });
  const chrome = await chromeLauncher.launch({
    chromePath: benchEnv.CHROMIUM_PATH,
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    // Lighthouse's default: a mid-range phone on a throttled mobile network (simulated).
    const run = await lighthouse(`${server.url}/parent/`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const categories = run!.lhr.categories;
    const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
    const failing = Object.values(run!.lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 0.9 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'notApplicable',
      )
      .map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)})`);
    return {
      firstScreenJsGzipKb: round(firstScreenBytes / 1000),
      lighthouse: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
      },
      metrics: {
        firstContentfulPaintMs: round(run!.lhr.audits['first-contentful-paint']?.numericValue ?? 0, 0),
        largestContentfulPaintMs: round(run!.lhr.audits['largest-contentful-paint']?.numericValue ?? 0, 0),
        totalBlockingTimeMs: round(run!.lhr.audits['total-blocking-time']?.numericValue ?? 0, 0),
        cumulativeLayoutShift: round(run!.lhr.audits['cumulative-layout-shift']?.numericValue ?? 0, 3),
      },
      auditsBelow90: failing,
      lighthouseVersion: run!.lhr.lighthouseVersion,
    };
  } finally {
    chrome.kill();
    await server.stop();
    await db.drop();
  }
}
