import { performance } from 'node:perf_hooks';
import { Agent, setGlobalDispatcher } from 'undici';

// Keep-alive connections, as a browser would hold them; enough sockets for the concurrency used.
setGlobalDispatcher(new Agent({ connections: 128, pipelining: 1, keepAliveTimeout: 30_000 }));

export interface Sample {
  ms: number;
  outcome: string;
}

/** Runs the tasks with at most `concurrency` in flight; each reports its own outcome label. */
export async function runWithConcurrency(
  tasks: (() => Promise<string>)[],
  concurrency: number,
): Promise<{ samples: Sample[]; elapsedMs: number }> {
  const samples: Sample[] = [];
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < tasks.length) {
      const task = tasks[next++]!;
      const t0 = performance.now();
      const outcome = await task().catch((error: Error) => `client error: ${error.message}`);
      samples.push({ ms: performance.now() - t0, outcome });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { samples, elapsedMs: performance.now() - started };
}

/** Keeps `concurrency` requests in flight for `durationMs`, cycling through `makeTask(i)`. */
export async function runForDuration(
  makeTask: (i: number) => Promise<string>,
  concurrency: number,
  durationMs: number,
): Promise<{ samples: Sample[]; elapsedMs: number }> {
  const samples: Sample[] = [];
  let i = 0;
  const started = performance.now();
  const lane = async () => {
    while (performance.now() - started < durationMs) {
      const t0 = performance.now();
      const outcome = await makeTask(i++).catch((error: Error) => `client error: ${error.message}`);
      samples.push({ ms: performance.now() - t0, outcome });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { samples, elapsedMs: performance.now() - started };
}

export function countBy(samples: Sample[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of samples) counts[s.outcome] = (counts[s.outcome] ?? 0) + 1;
  return counts;
}

/** The outcome of a tRPC call over HTTP: "ok" or the error code. */
export async function trpcOutcome(res: Response): Promise<string> {
  const body = (await res.json()) as { error?: { data?: { code?: string } } };
  return res.ok ? 'ok' : (body.error?.data?.code ?? `HTTP ${res.status}`);
}
