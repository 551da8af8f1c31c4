import { z } from 'zod';

/** Benchmark settings: which PostgreSQL to use (a server where databases may be created), and which runs. */
const schema = z.object({
  /** Admin URL of a PostgreSQL server; unset starts an embedded one for the run. */
  DATABASE_URL: z.string().optional(),
  /** Comma-separated subset: rush, opening-rush, reads, provisioning, parent-app. */
  BENCH_ONLY: z.string().optional(),
  BENCH_APPOINTMENTS: z.coerce.number().int().positive().default(1_000_000),
  /** The opening rush's size (issue 13: 1,000 families, 80 teachers), its arrival window and think time. */
  BENCH_RUSH_FAMILIES: z.coerce.number().int().positive().default(1000),
  BENCH_RUSH_TEACHERS: z.coerce.number().int().positive().default(80),
  BENCH_RUSH_ARRIVAL_MS: z.coerce.number().int().nonnegative().default(3000),
  BENCH_RUSH_THINK_MS: z.coerce.number().int().nonnegative().default(1000),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** Set by reads-at-scale for its bare-route child process. */
  BARE_DATABASE_URL: z.string().optional(),
  /** Node flags for the measured server process, to try heap settings. */
  BENCH_SERVER_NODE_OPTIONS: z.string().optional(),
});

export const benchEnv = schema.parse(process.env);

/** The environment a benchmark's child process gets: this one's, plus what the benchmark sets. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
