import { z } from 'zod';

/** Accepted by the emulator when DAILY_API_KEY is unset. Not a secret: it only opens the local stand-in. */
export const DEV_EMULATOR_API_KEY = 'edutrack-dev-daily-key';

const envSchema = z.object({
  DAILY_EMULATOR_PORT: z.coerce.number().int().min(0).max(65_535).default(4010),
  DAILY_EMULATOR_HOST: z.string().min(1).default('127.0.0.1'),
  DAILY_API_KEY: z.string().min(1).default(DEV_EMULATOR_API_KEY),
  /** Optional webhook receiver, with its base64 HMAC secret. */
  DAILY_EMULATOR_WEBHOOK_URL: z.url().optional(),
  DAILY_WEBHOOK_SECRET: z.base64().optional(),
});

export type EmulatorCliEnv = z.infer<typeof envSchema>;

/** The emulator CLI's configuration: the one place in this package that reads the environment. */
export function readEmulatorCliEnv(env: NodeJS.ProcessEnv = process.env): EmulatorCliEnv {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new Error(`invalid Daily emulator environment:\n${z.prettifyError(parsed.error)}`);
  if ((parsed.data.DAILY_EMULATOR_WEBHOOK_URL === undefined) !== (parsed.data.DAILY_WEBHOOK_SECRET === undefined)) {
    throw new Error('set DAILY_EMULATOR_WEBHOOK_URL and DAILY_WEBHOOK_SECRET together');
  }
  return parsed.data;
}
