import { randomBytes } from 'node:crypto';
import { createDailyClient, type DailyClient } from '@edutrack/daily';
import type { DailyEmulator } from '@edutrack/daily-local/emulator';
import { claimInProcessEmulator } from './emulator-claim.ts';
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

/** Daily's own REST API (as opposed to an emulator at DAILY_API_URL). */
const isDailysOwnApi = (url: string) => {
  const host = new URL(url).hostname;
  return host === 'daily.co' || host.endsWith('.daily.co');
};

/**
 * Which call engine the browsers run: daily-js (`daily`) or the local stand-in (`local`). VIDEO_BACKEND
 * decides when set; otherwise daily-js with a key for Daily's own API, the stand-in otherwise.
 */
export function callEngineFor(env: ServerEnv): 'daily' | 'local' {
  if (env.VIDEO_BACKEND) return env.VIDEO_BACKEND;
  return env.DAILY_API_KEY && isDailysOwnApi(env.DAILY_API_URL) ? 'daily' : 'local';
}

/**
 * With DAILY_API_KEY: Daily's REST API at DAILY_API_URL (Daily, or a standalone emulator). Without:
 * the emulator inside this process, with a random key and webhook secret of its own, so a first run
 * needs no Daily account. `databaseUrl` lets the in-process emulator claim the database (see below).
 */
export async function startVideoBackend(
  env: ServerEnv,
  options: { clock: Clock; log: Logger; databaseUrl?: string },
): Promise<VideoBackend> {
  if (env.NODE_ENV === 'production' && callEngineFor(env) === 'local') {
    options.log.warn(
      '*** VIDEO_BACKEND=local in production: TRIAL MODE. Calls run on the local stand-in, not on Daily. ' +
        'Set DAILY_API_KEY and remove VIDEO_BACKEND before real meetings. ***',
    );
  }
  if (env.DAILY_API_KEY) {
    const client = createDailyClient({ apiKey: env.DAILY_API_KEY, baseUrl: env.DAILY_API_URL });
    const api = new URL(env.DAILY_API_URL);
    const mode = callEngineFor(env);
    // A standalone emulator (`pnpm daily:emulator`) serves the stand-in's call signalling on its own origin.
    const signallingUrl =
      mode === 'local' ? `${api.protocol === 'https:' ? 'wss:' : 'ws:'}//${api.host}/local-call/signal` : undefined;
    if (!env.DAILY_WEBHOOK_SECRET)
      options.log.warn(
        'DAILY_WEBHOOK_SECRET is not set: attendance from webhooks is off (rooms and attendance are still reconciled).',
      );
    return {
      client,
      video: dailyVideoRooms(client, {
        prefix: env.DAILY_ROOM_PREFIX,
        mode,
        signallingUrl,
        webhookUrl: `${env.PUBLIC_URL}/webhooks/daily`,
      }),
      webhookSecret: env.DAILY_WEBHOOK_SECRET,
      emulator: undefined,
      describe: isDailysOwnApi(env.DAILY_API_URL)
        ? 'Daily'
        : `Daily emulator at ${env.DAILY_API_URL} (${mode === 'daily' ? 'browsers run daily-js' : 'local calls'})`,
      browserConnectSources: signallingUrl ? [new URL(signallingUrl).origin] : [],
      mountLocalCalls: undefined,
      connectWebhooks: () => {},
      stop: async () => {},
    };
  }
  // The emulator keeps its rooms in this process's memory: a second server on the same database
  // would run a second, different Daily, and a teacher and a parent on different servers would meet
  // in different rooms. The first server claims the database for as long as it runs.
  const claim = options.databaseUrl ? await claimInProcessEmulator(options.databaseUrl) : undefined;
  try {
    // Loaded only here: a server on real Daily never loads the stand-in (packages/daily-local).
    const { createDailyEmulator, localCallSignalling } = await import('@edutrack/daily-local/emulator');
    const apiKey = `local-${randomBytes(16).toString('hex')}`;
    const webhookSecret = randomBytes(32).toString('base64');
    const emulator = createDailyEmulator({ apiKey, clock: options.clock });
    const baseUrl = await emulator.listen(env.DAILY_EMULATOR_PORT, '127.0.0.1');
    const client = createDailyClient({ apiKey, baseUrl });
    return {
      client,
      video: dailyVideoRooms(client, {
        prefix: env.DAILY_ROOM_PREFIX,
        mode: 'local',
      }),
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
      stop: async () => {
        await emulator.close();
        await claim?.release();
      },
    };
  } catch (error) {
    await claim?.release();
    throw error;
  }
}
