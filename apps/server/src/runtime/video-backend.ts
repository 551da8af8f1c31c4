import { randomBytes } from 'node:crypto';
import { createDailyClient, type DailyClient } from '@edutrack/daily';
import type { DailyEmulator } from '@edutrack/daily-local/emulator';
import type { FastifyInstance } from 'fastify';
import type { Clock, VideoRooms } from '@edutrack/core';
import type { Logger } from 'pino';
import { dailyVideoRooms } from '../adapters/daily-video-rooms.ts';
import type { ServerEnv } from '../env.ts';

/** Events the attendance record is built from. */
export const WEBHOOK_EVENT_TYPES = [
  'meeting.started',
  'meeting.ended',
  'participant.joined',
  'participant.left',
  'waiting-participant.joined',
  'waiting-participant.left',
] as const;

export interface VideoBackend {
  client: DailyClient;
  video: VideoRooms;
  /** Verifies incoming webhooks; unset when real Daily runs without DAILY_WEBHOOK_SECRET. */
  webhookSecret: string | undefined;
  /** Set in local mode: the in-process emulator, to which the server points its webhook once listening. */
  emulator: DailyEmulator | undefined;
  describe: string;
  /** Origins the browser apps must be allowed to connect to (CSP connect-src) beyond their own. */
  browserConnectSources: string[];
  /** Local mode in this process: puts the emulator's call signalling on the app (see app.ts). */
  mountLocalCalls: ((app: FastifyInstance, allowedOrigins: string[]) => Promise<void>) | undefined;
  /** Called once the server listens: the emulator sends its webhooks there. */
  connectWebhooks(serverUrl: string): void;
  stop(): Promise<void>;
}

/**
 * Real Daily when DAILY_API_KEY is set; otherwise the local emulator in this process, with a
 * random key and webhook secret of its own, so a first run needs no Daily account.
 */
export async function startVideoBackend(env: ServerEnv, options: { clock: Clock; log: Logger }): Promise<VideoBackend> {
  if (env.DAILY_API_KEY) {
    const client = createDailyClient({ apiKey: env.DAILY_API_KEY, baseUrl: env.DAILY_API_URL });
    const api = new URL(env.DAILY_API_URL);
    const local = !api.hostname.endsWith('daily.co');
    // A standalone emulator (`pnpm daily:emulator`) serves its call signalling on its own origin.
    const signallingUrl = local
      ? `${api.protocol === 'https:' ? 'wss:' : 'ws:'}//${api.host}/local-call/signal`
      : undefined;
    if (!env.DAILY_WEBHOOK_SECRET)
      options.log.warn(
        'DAILY_WEBHOOK_SECRET is not set: attendance from webhooks is off (rooms are still reconciled).',
      );
    return {
      client,
      video: dailyVideoRooms(client, { prefix: env.DAILY_ROOM_PREFIX, mode: local ? 'local' : 'daily', signallingUrl }),
      webhookSecret: env.DAILY_WEBHOOK_SECRET,
      emulator: undefined,
      describe: local ? `Daily emulator at ${env.DAILY_API_URL}` : 'Daily',
      browserConnectSources: signallingUrl ? [new URL(signallingUrl).origin] : [],
      mountLocalCalls: undefined,
      connectWebhooks: () => {},
      stop: async () => {},
    };
  }
  // Loaded only here: a server on real Daily never loads the emulator (less memory, less to start).
  const { createDailyEmulator, localCallSignalling } = await import('@edutrack/daily-local/emulator');
  const apiKey = `local-${randomBytes(16).toString('hex')}`;
  const webhookSecret = randomBytes(32).toString('base64');
  const emulator = createDailyEmulator({ apiKey, clock: options.clock });
  const baseUrl = await emulator.listen(env.DAILY_EMULATOR_PORT, '127.0.0.1');
  const client = createDailyClient({ apiKey, baseUrl });
  return {
    client,
    video: dailyVideoRooms(client, { prefix: env.DAILY_ROOM_PREFIX, mode: 'local' }),
    webhookSecret,
    emulator,
    describe: `local Daily emulator at ${baseUrl} (set DAILY_API_KEY for real Daily)`,
    // Its signalling is mounted on the server's own origin, which connect-src 'self' covers.
    browserConnectSources: [],
    mountLocalCalls: async (app, allowedOrigins) => {
      await app.register(localCallSignalling, { calls: emulator.calls, allowedOrigins });
    },
    connectWebhooks(serverUrl) {
      emulator.state.webhooks.preconfigure({
        url: `${serverUrl}/webhooks/daily`,
        hmac: webhookSecret,
        eventTypes: [...WEBHOOK_EVENT_TYPES],
      });
    },
    stop: () => emulator.close(),
  };
}
