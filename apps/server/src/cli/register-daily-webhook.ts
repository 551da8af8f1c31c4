import { createDailyClient } from '@edutrack/daily';
import { loadEnv } from '../env.ts';
import { WEBHOOK_EVENT_TYPES } from '../runtime/video-backend.ts';

/**
 * `pnpm daily:webhook`: points the Daily domain's webhook at this deployment (creating it, or
 * updating the existing one: Daily allows one per domain). Daily posts a test event to the URL
 * first, so the server must already be reachable at PUBLIC_URL.
 */
const env = loadEnv();
if (!env.DAILY_API_KEY || !env.DAILY_WEBHOOK_SECRET) {
  console.error(
    'Set DAILY_API_KEY and DAILY_WEBHOOK_SECRET (a base64 secret you choose, e.g. `openssl rand -base64 32`) first.',
  );
  process.exit(1);
}
const client = createDailyClient({ apiKey: env.DAILY_API_KEY, baseUrl: env.DAILY_API_URL });
const url = `${env.PUBLIC_URL}/webhooks/daily`;
const body = {
  url,
  hmac: env.DAILY_WEBHOOK_SECRET,
  eventTypes: [...WEBHOOK_EVENT_TYPES],
  retryType: 'circuit-breaker' as const,
};
const [existing] = await client.listWebhooks();
const webhook = existing?.uuid ? await client.updateWebhook(existing.uuid, body) : await client.createWebhook(body);
console.log(`Daily webhook ${existing ? 'updated' : 'created'}: ${webhook.url} (${webhook.state ?? 'ACTIVE'})`);
