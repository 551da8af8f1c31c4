/** `pnpm daily:emulator`: the local Daily stand-in, for development without a Daily account. */
import { readEmulatorCliEnv, DEV_EMULATOR_API_KEY } from './cli-config.ts';
import { createDailyEmulator } from './create-daily-emulator.ts';
import { LOCAL_CALL_SIGNALLING_PATH } from './signalling/protocol.ts';

const env = readEmulatorCliEnv();
const emulator = createDailyEmulator({
  apiKey: env.DAILY_API_KEY,
  logger: false,
  ...(env.DAILY_EMULATOR_WEBHOOK_URL !== undefined && env.DAILY_WEBHOOK_SECRET !== undefined
    ? { webhook: { url: env.DAILY_EMULATOR_WEBHOOK_URL, hmac: env.DAILY_WEBHOOK_SECRET } }
    : {}),
});
const baseUrl = await emulator.listen(env.DAILY_EMULATOR_PORT, env.DAILY_EMULATOR_HOST);

// The dev key is printed so it can be pasted; a key from the environment might be a real one.
const keyLine =
  env.DAILY_API_KEY === DEV_EMULATOR_API_KEY
    ? `${DEV_EMULATOR_API_KEY} (dev default; set DAILY_API_KEY to change it)`
    : `the value of DAILY_API_KEY (…${env.DAILY_API_KEY.slice(-4)})`;
console.log(`Daily emulator listening at ${baseUrl}`);
console.log(`Local call signalling at ${baseUrl.replace(/^http/, 'ws').replace(/\/v1$/, LOCAL_CALL_SIGNALLING_PATH)}`);
console.log(`API key: ${keyLine}`);
if (env.DAILY_EMULATOR_WEBHOOK_URL !== undefined) console.log(`Webhooks go to ${env.DAILY_EMULATOR_WEBHOOK_URL}`);

const stop = (): void => {
  void emulator.close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
