import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CIRCUIT_BREAKER_FAILURES } from '../src/emulator/webhook-sender.ts';
import { parseDailyWebhook } from '@edutrack/daily';
import { verifyDailyWebhook } from '@edutrack/daily';
import { inMinutes, startEmulator } from './support/emulator-harness.ts';
import { startWebhookReceiver, type ReceivedWebhook } from './support/webhook-receiver.ts';

const hmac = randomBytes(32).toString('base64');

const verify = (received: ReceivedWebhook, now: Date, secretBase64 = hmac) =>
  verifyDailyWebhook({
    rawBody: received.rawBody,
    signature: received.headers['x-webhook-signature']?.toString(),
    timestamp: received.headers['x-webhook-timestamp']?.toString(),
    secretBase64,
    now,
    maxAgeMs: 5 * 60_000,
  });

describe('webhooks', () => {
  it('creating one posts {"test":"test"} to the URL, signed, and needs a 200', async () => {
    const { client, clock } = await startEmulator();
    const receiver = await startWebhookReceiver();
    const webhook = await client().createWebhook({ url: receiver.url, hmac, eventTypes: ['participant.joined'] });

    expect(webhook).toMatchObject({
      url: receiver.url,
      hmac,
      state: 'ACTIVE',
      failedCount: 0,
      retryType: 'circuit-breaker',
    });
    expect(receiver.received).toHaveLength(1);
    const [ping] = receiver.received;
    expect(ping?.rawBody).toBe('{"test":"test"}');
    expect(ping && verify(ping, clock.now()).ok).toBe(true);
    expect(parseDailyWebhook(JSON.parse(ping?.rawBody ?? '{}'))).toEqual({ kind: 'test' });
  });

  it('refuses a URL that does not answer 200, and a second webhook for the domain', async () => {
    const { client } = await startEmulator();
    const receiver = await startWebhookReceiver();
    receiver.answerWith(500);
    await expect(client().createWebhook({ url: receiver.url })).rejects.toMatchObject({
      status: 400,
      type: 'invalid-request-error',
    });
    await expect(client().createWebhook({ url: 'http://127.0.0.1:1/closed' })).rejects.toMatchObject({ status: 400 });
    expect(await client().listWebhooks()).toEqual([]);

    receiver.answerWith(200);
    await client().createWebhook({ url: receiver.url });
    await expect(client().createWebhook({ url: receiver.url })).rejects.toMatchObject({ status: 400 });
  });

  it('generates an HMAC secret when none is given', async () => {
    const { client } = await startEmulator();
    const receiver = await startWebhookReceiver();
    const webhook = await client().createWebhook({ url: receiver.url });
    expect(Buffer.from(webhook.hmac ?? '', 'base64')).toHaveLength(32);
  });

  it('lists, reads, updates and deletes the webhook', async () => {
    const { client } = await startEmulator();
    const daily = client();
    const receiver = await startWebhookReceiver();
    const created = await daily.createWebhook({ url: receiver.url, hmac });
    const uuid = created.uuid ?? '';
    expect(await daily.listWebhooks()).toEqual([created]);
    expect(await daily.getWebhook(uuid)).toEqual(created);

    const updated = await daily.updateWebhook(uuid, { eventTypes: ['meeting.ended'] });
    expect(updated.eventTypes).toEqual(['meeting.ended']);

    await daily.deleteWebhook(uuid);
    expect(await daily.listWebhooks()).toEqual([]);
    await expect(daily.getWebhook(uuid)).rejects.toMatchObject({ status: 404 });
  });

  it('delivers call events signed, with seconds or milliseconds timestamps', async () => {
    for (const unit of ['s', 'ms'] as const) {
      const receiver = await startWebhookReceiver();
      const { emulator, client, clock } = await startEmulator({
        webhook: { url: receiver.url, hmac },
        webhookTimestampUnit: unit,
      });
      await client().createRoom({ name: 'open-room' });
      await emulator.calls.join({ roomName: 'open-room', userName: 'Guest' });

      expect(receiver.received.map((received) => JSON.parse(received.rawBody).type)).toEqual([
        'meeting.started',
        'participant.joined',
      ]);
      for (const received of receiver.received) {
        expect(verify(received, clock.now())).toEqual({ ok: true, sentAt: expect.any(Date) });
        expect(verify(received, clock.now(), randomBytes(32).toString('base64'))).toEqual({
          ok: false,
          reason: 'bad-signature',
        });
      }
      const timestamp = receiver.received[0]?.headers['x-webhook-timestamp']?.toString() ?? '';
      expect(timestamp).toBe(String(unit === 'ms' ? clock.now().getTime() : Math.floor(clock.now().getTime() / 1000)));
    }
  });

  it('only sends the event types the webhook subscribed to', async () => {
    const { client, clock, emulator } = await startEmulator();
    const receiver = await startWebhookReceiver();
    await client().createWebhook({ url: receiver.url, hmac, eventTypes: ['participant.left'] });
    await client().createRoom({ name: 'r', properties: { exp: Math.floor(inMinutes(clock, 60).getTime() / 1000) } });
    const joined = await emulator.calls.join({ roomName: 'r' });
    expect(joined.status).toBe('joined');
    for (const participant of emulator.calls.participants('r')) await emulator.calls.leave(participant.sessionId);
    const types = receiver.received.slice(1).map((received) => JSON.parse(received.rawBody).type);
    expect(types).toEqual(['participant.left']);
  });

  it('marks the webhook FAILED after repeated failed deliveries, and an update re-activates it', async () => {
    const { client, emulator } = await startEmulator();
    const daily = client();
    const receiver = await startWebhookReceiver();
    const { uuid = '' } = await daily.createWebhook({ url: receiver.url, hmac });
    receiver.answerWith(503);
    await daily.createRoom({ name: 'r' });
    for (let index = 0; index < CIRCUIT_BREAKER_FAILURES; index += 1) {
      await emulator.calls.join({ roomName: 'r' });
      for (const participant of emulator.calls.participants('r')) await emulator.calls.leave(participant.sessionId);
    }
    expect(await daily.getWebhook(uuid)).toMatchObject({ state: 'FAILED' });
    const sentBefore = receiver.received.length;
    await emulator.calls.join({ roomName: 'r' });
    expect(receiver.received).toHaveLength(sentBefore);

    receiver.answerWith(200);
    expect(await daily.updateWebhook(uuid, { url: receiver.url })).toMatchObject({ state: 'ACTIVE', failedCount: 0 });
  });
});
