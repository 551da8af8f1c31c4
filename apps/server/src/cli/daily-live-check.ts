/**
 * `pnpm daily:live-check`: proves against the real Daily (with internet and a real DAILY_API_KEY) what
 * no test on a machine without internet can: our room policy, tokens, call object and CSP make a
 * working call. Against `pnpm daily:emulator` (DAILY_API_URL at it) the same steps run on the local
 * stand-in. Prints PASS/FAIL per step; exits 1 if any failed. See README, "Video".
 */
import pino from 'pino';
import { loadEnv } from '../env.ts';
import { startVideoBackend } from '../runtime/video-backend.ts';
import { runLiveCheck } from './live-check/run-live-check.ts';

const env = loadEnv();
if (!env.DAILY_API_KEY) {
  process.stderr.write(
    'Set DAILY_API_KEY (Daily dashboard → Developers) to check real Daily, or run `pnpm daily:emulator` and set\n' +
      'DAILY_API_URL=http://127.0.0.1:4010/v1 DAILY_API_KEY=edutrack-dev-daily-key to check the local stand-in.\n',
  );
  process.exit(2);
}
const backend = await startVideoBackend(env, { clock: { now: () => new Date() }, log: pino({ level: 'error' }) });
const where = backend.describe;
process.stdout.write(`Daily live check against ${where}\n`);
const results = await runLiveCheck({
  client: backend.client,
  mode: backend.video.mode,
  signallingUrl: backend.video.signallingUrl ?? null,
  connectSources: backend.browserConnectSources,
  chromiumPath: env.CHROMIUM_PATH,
  webhookUrl: `${env.PUBLIC_URL}/webhooks/daily`,
  report: (line) => process.stdout.write(`${line}\n`),
});
await backend.stop();
const failed = results.filter((r) => !r.ok);
process.stdout.write(failed.length ? `\n${failed.length} step(s) failed.\n` : '\nAll steps passed.\n');
process.exit(failed.length ? 1 : 0);
