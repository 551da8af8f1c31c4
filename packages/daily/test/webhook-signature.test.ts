import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseWebhookTimestamp, signDailyWebhook, verifyDailyWebhook } from '../src/webhooks/webhook-signature.ts';

const secretBase64 = randomBytes(32).toString('base64');
const now = new Date('2030-03-04T09:00:00Z');
const seconds = String(Math.floor(now.getTime() / 1000));
const rawBody = JSON.stringify({
  version: '1.0.0',
  type: 'participant.joined',
  id: 'ev-1',
  payload: { room: 'r' },
  event_ts: 1,
});
const maxAgeMs = 5 * 60_000;

const signed = (timestamp: string, body: string | Uint8Array = rawBody, secret = secretBase64) => ({
  rawBody: body,
  timestamp,
  signature: signDailyWebhook({ rawBody: body, timestamp, secretBase64: secret }),
  secretBase64,
  now,
  maxAgeMs,
});

describe('verifyDailyWebhook', () => {
  it('accepts a fresh, correctly signed body', () => {
    expect(verifyDailyWebhook(signed(seconds))).toEqual({ ok: true, sentAt: now });
  });

  it('computes the signature the way Daily documents it', () => {
    // Independent of signDailyWebhook: HMAC over `${timestamp}.${body}` keyed with the decoded secret.
    const expected = createHmac('sha256', Buffer.from(secretBase64, 'base64'))
      .update(`${seconds}.${rawBody}`)
      .digest('base64');
    expect(signDailyWebhook({ rawBody, timestamp: seconds, secretBase64 })).toBe(expected);
  });

  it('verifies raw bytes as well as strings', () => {
    expect(verifyDailyWebhook(signed(seconds, Buffer.from(rawBody))).ok).toBe(true);
  });

  it('rejects a body changed after signing', () => {
    const message = signed(seconds);
    expect(verifyDailyWebhook({ ...message, rawBody: rawBody.replace('ev-1', 'ev-2') })).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('rejects a re-serialised body (verification must use the raw bytes)', () => {
    const message = signed(seconds);
    const reserialised = JSON.stringify(JSON.parse(rawBody), null, 1);
    expect(verifyDailyWebhook({ ...message, rawBody: reserialised }).ok).toBe(false);
  });

  it('rejects a signature made with another secret', () => {
    const forged = signed(seconds, rawBody, randomBytes(32).toString('base64'));
    expect(verifyDailyWebhook(forged)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('rejects a signature moved to another timestamp', () => {
    const message = signed(seconds);
    expect(verifyDailyWebhook({ ...message, timestamp: String(Number(seconds) + 1) })).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('rejects signatures of another length without throwing', () => {
    const message = signed(seconds);
    expect(verifyDailyWebhook({ ...message, signature: 'c2hvcnQ=' })).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyDailyWebhook({ ...message, signature: `${message.signature}AAAA` })).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('rejects missing headers', () => {
    const message = signed(seconds);
    expect(verifyDailyWebhook({ ...message, signature: undefined })).toEqual({
      ok: false,
      reason: 'missing-signature',
    });
    expect(verifyDailyWebhook({ ...message, signature: '' })).toEqual({ ok: false, reason: 'missing-signature' });
    expect(verifyDailyWebhook({ ...message, timestamp: null })).toEqual({ ok: false, reason: 'missing-timestamp' });
  });

  it('rejects a malformed timestamp', () => {
    expect(verifyDailyWebhook(signed('yesterday'))).toEqual({ ok: false, reason: 'malformed-timestamp' });
  });

  it('rejects stale and future timestamps, at the edge of maxAgeMs', () => {
    const at = (offsetSeconds: number) => String(Number(seconds) + offsetSeconds);
    expect(verifyDailyWebhook(signed(at(-300))).ok).toBe(true);
    expect(verifyDailyWebhook(signed(at(-301)))).toEqual({ ok: false, reason: 'stale' });
    expect(verifyDailyWebhook(signed(at(300))).ok).toBe(true);
    expect(verifyDailyWebhook(signed(at(301)))).toEqual({ ok: false, reason: 'from-the-future' });
  });

  it('reads the timestamp in milliseconds as well as seconds', () => {
    const millis = String(now.getTime() - 1_500);
    expect(verifyDailyWebhook(signed(millis))).toEqual({ ok: true, sentAt: new Date(now.getTime() - 1_500) });
    const staleMillis = String(now.getTime() - maxAgeMs - 1);
    expect(verifyDailyWebhook(signed(staleMillis))).toEqual({ ok: false, reason: 'stale' });
  });

  it('provides the building blocks for replay protection: the same delivery verifies twice', () => {
    // Deduplication by event id is the caller's job; verification alone cannot tell a replay apart.
    const message = signed(seconds);
    expect(verifyDailyWebhook(message).ok).toBe(true);
    expect(verifyDailyWebhook(message).ok).toBe(true);
  });

  it('refuses to run with an empty secret', () => {
    expect(() => verifyDailyWebhook({ ...signed(seconds), secretBase64: '' })).toThrow(TypeError);
  });
});

describe('parseWebhookTimestamp', () => {
  it('tells seconds from milliseconds', () => {
    expect(parseWebhookTimestamp('1900000000')).toEqual(new Date(1_900_000_000_000));
    expect(parseWebhookTimestamp('1900000000123')).toEqual(new Date(1_900_000_000_123));
    expect(parseWebhookTimestamp('-5')).toBeUndefined();
    expect(parseWebhookTimestamp('12abc')).toBeUndefined();
  });
});
