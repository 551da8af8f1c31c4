import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { benchEnv } from './env.ts';
import { bookingRush } from './booking-rush.ts';
import { openingRush } from './opening-rush.ts';
import { parentApp } from './parent-app.ts';
import { provisioning } from './provisioning.ts';
import { readsAtScale } from './reads-at-scale.ts';
import { stopEmbedded } from './support/bench-database.ts';

/** `pnpm bench`: runs the benchmarks (all, or BENCH_ONLY=rush,reads,...) and prints their figures. */
const all = {
  rush: bookingRush,
  'opening-rush': openingRush,
  reads: readsAtScale,
  provisioning,
  'parent-app': parentApp,
} as const;
const chosen = (benchEnv.BENCH_ONLY?.split(',') ?? Object.keys(all)) as (keyof typeof all)[];

const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
console.log(
  `EduTrack Meet benchmarks · ${new Date().toISOString()} · commit ${commit} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}`,
);
try {
  for (const name of chosen) {
    console.log(`\n== ${name} ==`);
    const result = await all[name]();
    console.log(JSON.stringify(result, null, 2));
  }
} finally {
  await stopEmbedded();
}
