import { createHmac, timingSafeEqual } from 'node:crypto';

export const WEBHOOK_SIGNATURE_HEADER = 'x-webhook-signature';
export const WEBHOOK_TIMESTAMP_HEADER = 'x-webhook-timestamp';

/** base64(HMAC-SHA256(key = base64decode(secret), message = `${timestamp}.${rawBody}`)), Daily's scheme. */
export function signDailyWebhook({
  rawBody,
  timestamp,
  secretBase64,
}: {
  rawBody: string | Uint8Array;
  /** Exactly the text of the X-Webhook-Timestamp header. */
  timestamp: string;
  secretBase64: string;
}): string {
  return createHmac('sha256', Buffer.from(secretBase64, 'base64'))
    .update(`${timestamp}.`)
    .update(rawBody)
    .digest('base64');
}

export type WebhookRejection =
  'missing-signature' | 'missing-timestamp' | 'malformed-timestamp' | 'stale' | 'from-the-future' | 'bad-signature';

export type WebhookVerification = { ok: true; sentAt: Date } | { ok: false; reason: WebhookRejection };

// 1e11 seconds is the year 5138 and 1e11 milliseconds is 1973: a timestamp above it is in ms.
const MILLISECOND_THRESHOLD = 1e11;

/** Daily documents seconds; milliseconds have been observed. Both are read. */
export function parseWebhookTimestamp(header: string): Date | undefined {
  if (!/^\d{1,16}(\.\d+)?$/.test(header.trim())) return undefined;
  const value = Number(header);
  return new Date(value >= MILLISECOND_THRESHOLD ? value : value * 1000);
}

const present = (header: string | null | undefined): header is string =>
  typeof header === 'string' && header.trim() !== '';

/**
 * Checks that a webhook came from Daily and is fresh. Verify over the raw bytes as received: a
 * re-serialised body would not match. Deduplicating by event id (replays within maxAgeMs, repeated
 * deliveries) is the caller's job.
 */
export function verifyDailyWebhook({
  rawBody,
  signature,
  timestamp,
  secretBase64,
  now,
  maxAgeMs,
}: {
  rawBody: string | Uint8Array;
  signature: string | null | undefined;
  timestamp: string | null | undefined;
  secretBase64: string;
  now: Date;
  /** How far the timestamp may lie from now, either way (the future side covers clock skew). */
  maxAgeMs: number;
}): WebhookVerification {
  if (secretBase64 === '' || Buffer.from(secretBase64, 'base64').length === 0) {
    throw new TypeError('verifyDailyWebhook: the HMAC secret is empty');
  }
  if (!present(signature)) return { ok: false, reason: 'missing-signature' };
  if (!present(timestamp)) return { ok: false, reason: 'missing-timestamp' };
  const sentAt = parseWebhookTimestamp(timestamp);
  if (sentAt === undefined) return { ok: false, reason: 'malformed-timestamp' };
  const age = now.getTime() - sentAt.getTime();
  if (age > maxAgeMs) return { ok: false, reason: 'stale' };
  if (-age > maxAgeMs) return { ok: false, reason: 'from-the-future' };

  // Compared as text: decoding base64 first would accept variants (Node's decoder stops at padding).
  const expected = Buffer.from(signDailyWebhook({ rawBody, timestamp, secretBase64 }));
  const given = Buffer.from(signature.trim());
  // timingSafeEqual throws on different lengths; a length mismatch is a plain mismatch.
  const matches = given.length === expected.length && timingSafeEqual(given, expected);
  return matches ? { ok: true, sentAt } : { ok: false, reason: 'bad-signature' };
}
