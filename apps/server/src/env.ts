import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Where people reach the app; links in emails and the allowed Origin come from it. */
    PUBLIC_URL: z.url().optional(),
    /** Unset: an embedded PostgreSQL starts with the server, data under EMBEDDED_POSTGRES_DIR. */
    DATABASE_URL: z.string().optional(),
    EMBEDDED_POSTGRES_DIR: z.string().default('.data/postgres'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /** Unset: the local Daily emulator starts with the server. Set: the real Daily API. */
    DAILY_API_KEY: z.string().min(1).optional(),
    DAILY_API_URL: z.url().default('https://api.daily.co/v1'),
    DAILY_WEBHOOK_SECRET: z.string().optional(),
    /**
     * Which call engine browsers use. Unset: `daily` (daily-js) with a key for Daily's own API, `local`
     * (the stand-in call object and the emulator) otherwise. `daily` with DAILY_API_URL at an emulator
     * runs the real daily-js against it (the browser tests do); `local` in production is a trial mode.
     */
    VIDEO_BACKEND: z.enum(['daily', 'local']).optional(),
    /** The in-process emulator's port. Only this server talks to it (browsers reach its call
     *  signalling through the server), so any free port does. */
    DAILY_EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    DAILY_ROOM_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9]{1,16}$/)
      .default('etm'),
    /** Run the job worker inside this process (default) or leave it to `pnpm worker`. */
    RUN_WORKER: flag.default(true),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(10),
    /** Silence after which a worker counts as dead and another process frees its jobs. */
    WORKER_DEAD_AFTER_SECONDS: z.coerce.number().int().min(8).max(3600).default(60),
    SEED_DEMO: flag.default(true),
    /** Serve /dev/outbox (sent mail, including sign-in links). Never in production. */
    DEV_OUTBOX: flag.optional(),
    /** Outgoing mail server, smtp://user:pass@host:587 or smtps://user:pass@host:465. Unset: mail stays in
     *  the outbox (/dev/outbox); production refuses to start without it. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^/]+/, 'must look like smtp://user:password@host:587 or smtps://user:password@host:465')
      .optional(),
    /** The sender of every email, e.g. "Riverside School <meet@riverside.example>". */
    MAIL_FROM: z.string().min(3).optional(),
    /** How long to wait for the mail server (connect, greeting, each reply) before retrying later. */
    SMTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    /** Web Push keys from `pnpm vapid:generate`; unset: the parent app offers no notifications. */
    VAPID_PUBLIC_KEY: z.string().min(20).optional(),
    VAPID_PRIVATE_KEY: z.string().min(20).optional(),
    /** How push services can reach the operator (mailto: or https:); defaults to MAIL_FROM's address. */
    VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:|https:\/\/)/, 'must start with mailto: or https://')
      .optional(),
    /** Behind a load balancer: trust X-Forwarded-For for client addresses (rate limits). */
    TRUST_PROXY: flag.default(false),
    /** Chromium for `pnpm daily:live-check` (Debian's by default). */
    CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** A request slower than this many milliseconds is logged at warn. */
    SLOW_REQUEST_MS: z.coerce.number().int().min(1).default(1000),
    /** Extra origins allowed to call /trpc, e.g. the Vite dev servers. Comma-separated. */
    EXTRA_ALLOWED_ORIGINS: z.string().default(''),
  })
  .transform((env) => {
    const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
    const production = env.NODE_ENV === 'production';
    const mailFrom = env.MAIL_FROM ?? `EduTrack Meet <no-reply@${new URL(publicUrl).hostname}>`;
    const mailFromAddress = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
    return {
      ...env,
      PUBLIC_URL: publicUrl,
      MAIL_FROM: mailFrom,
      VAPID_SUBJECT: env.VAPID_SUBJECT ?? `mailto:${mailFromAddress}`,
      DEV_OUTBOX: production ? false : (env.DEV_OUTBOX ?? true),
      /** Ordinary requests: debug in development (the ready banner stays visible), info in production. */
      REQUEST_LOG: { routineLevel: production ? 'info' : 'debug', slowMs: env.SLOW_REQUEST_MS } as const,
      /** Cookies are Secure whenever the public URL is https (always, in production). */
      COOKIE_SECURE: publicUrl.startsWith('https://') || production,
      ALLOWED_ORIGINS: [
        new URL(publicUrl).origin,
        ...env.EXTRA_ALLOWED_ORIGINS.split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      ],
    };
  });

export type ServerEnv = z.infer<typeof schema>;

/** Reads and checks configuration once, at start-up, with messages that say what to fix. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  // docker-compose passes unset variables as empty strings: treat them as unset.
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`The server's configuration is not valid:\n${problems}\nSee README.md, "Configuration".`);
  }
  const env = parsed.data;
  if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
    throw new Error('In production set DATABASE_URL: the embedded PostgreSQL is for development and demos only.');
  }
  if (env.NODE_ENV === 'production' && !env.SMTP_URL) {
    throw new Error(
      'In production set SMTP_URL (e.g. smtp://user:password@mail.example:587) and MAIL_FROM: without a mail server no parent can receive a sign-in link. See README.md, "Configuration".',
    );
  }
  if (Boolean(env.VAPID_PUBLIC_KEY) !== Boolean(env.VAPID_PRIVATE_KEY)) {
    throw new Error(
      'Set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY (generate a pair with `pnpm vapid:generate`), or neither to turn push notifications off.',
    );
  }
  if (env.NODE_ENV === 'production' && !env.DAILY_API_KEY && env.VIDEO_BACKEND !== 'local') {
    throw new Error(
      'In production set DAILY_API_KEY (Daily dashboard → Developers) and DAILY_WEBHOOK_SECRET: without a key ' +
        'no meeting gets a real video room. For a trial without Daily, set VIDEO_BACKEND=local explicitly.',
    );
  }
  if (env.VIDEO_BACKEND === 'daily' && !env.DAILY_API_KEY) {
    throw new Error('VIDEO_BACKEND=daily needs DAILY_API_KEY (and DAILY_API_URL if not Daily’s own API).');
  }
  return env;
}

/** Where the built web apps are (apps/<name>/dist), found from this file so any working directory works. */
export const webAppDirs = {
  staff: fileURLToPath(new URL('../../teacher-portal/dist/', import.meta.url)),
  parent: fileURLToPath(new URL('../../parent-pwa/dist/', import.meta.url)),
};
