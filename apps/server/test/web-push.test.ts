import { createECDH, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type IncomingHttpHeaders, type Server } from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import ece from 'http_ece';
import { importJWK, jwtVerify } from 'jose';
import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushSubscriptions } from '@edutrack/db';
import type { SchoolWorld, TestDatabase } from '@edutrack/db/testing';
import {
  createSession,
  pushDeliveryJob,
  pushToGuardian,
  revokeSession,
  savePushSubscription,
  type MeetingDeps,
  type PushNotification,
} from '@edutrack/core';
import { useSchoolHarness } from '@edutrack/core/testing';
import { createWebPushSender } from '../src/adapters/web-push-sender.ts';

/**
 * A push service on localhost over HTTPS (web-push speaks only HTTPS, as real push services do), with a
 * certificate made for the test and trusted by this process: records each request and answers with
 * the status the test sets.
 */
interface Recorded {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}
let pushService: Server;
let pushBase: string;
let answer = 201;
const recorded: Recorded[] = [];

const h = useSchoolHarness({ publicUrl: 'https://meet.school.test' });
let testDb: TestDatabase;
let world: SchoolWorld;
let deps: MeetingDeps;
const vapid = webpush.generateVAPIDKeys();
const jobLog = { debug() {}, info() {} };

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'etm-push-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const tls = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  rmSync(dir, { recursive: true, force: true });
  https.globalAgent.options.ca = tls.cert;
  pushService = https.createServer(tls, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      recorded.push({ method: req.method!, path: req.url!, headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => pushService.listen(0, '127.0.0.1', resolve));
  pushBase = `https://127.0.0.1:${(pushService.address() as { port: number }).port}`;
  ({ testDb, world } = h);
  deps = {
    ...h.deps,
    video: undefined as never,
    pushSender: createWebPushSender({
      publicKey: vapid.publicKey,
      privateKey: vapid.privateKey,
      subject: 'mailto:meet@school.test',
      timeoutMs: 5000,
    }),
  };
});
afterAll(async () => {
  pushService?.close();
});

/** A device as a browser makes it: a P-256 key pair and a 16-byte auth secret (RFC 8291). */
async function subscribeDevice(name: string) {
  const device = createECDH('prime256v1');
  device.generateKeys();
  const auth = randomBytes(16);
  const guardian = world.a.family1.guardian;
  const session = await createSession(testDb.db, deps.clock, 'guardian', guardian.id);
  const endpoint = `${pushBase}/push/${name}`;
  await savePushSubscription(deps, { kind: 'guardian', ...guardian }, session.token, {
    endpoint,
    keys: { p256dh: device.getPublicKey('base64url'), auth: auth.toString('base64url') },
  });
  const [row] = await testDb.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.endpoint, endpoint));
  return { device, auth, session, subscriptionId: row!.id, endpoint };
}

const notification: PushNotification = {
  title: 'Ms. Rivera is ready for you',
  body: 'Your meeting about Sam is starting. Tap to join.',
  url: '/parent/meetings/5f0c8c1e-8b4e-4f57-9a43-0a4b7c1f2d10/call',
  tag: 'ready-5f0c8c1e',
};

describe('Web Push', () => {
  it('queues one job per device, then sends a VAPID-signed, encrypted message only that device can read', async () => {
    const phone = await subscribeDevice('phone');
    await pushToGuardian(testDb.db, world.a.family1.guardian.id, notification);
    const [queued] = await testDb.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'push:deliver'`,
    );
    expect(queued!.n).toBe(1);

    answer = 201;
    expect(await pushDeliveryJob.run(deps, { subscriptionId: phone.subscriptionId, ...notification }, jobLog)).toBe(
      'delivered',
    );
    const request = recorded.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', path: '/push/phone' });
    expect(request.headers['content-encoding']).toBe('aes128gcm');
    expect(Number(request.headers.ttl)).toBeGreaterThan(0);
    expect(request.headers.urgency).toBe('high');

    // The VAPID signature (RFC 8292): a JWT for this push service's origin, signed by our key.
    const [, token, key] = /^vapid t=([^,]+), k=(.+)$/.exec(String(request.headers.authorization))!;
    expect(key).toBe(vapid.publicKey);
    const raw = Buffer.from(vapid.publicKey, 'base64url');
    const publicKey = await importJWK(
      {
        kty: 'EC',
        crv: 'P-256',
        x: raw.subarray(1, 33).toString('base64url'),
        y: raw.subarray(33).toString('base64url'),
      },
      'ES256',
    );
    const { payload } = await jwtVerify(token!, publicKey);
    expect(payload).toMatchObject({ aud: pushBase, sub: 'mailto:meet@school.test' });

    // The body is encrypted for the device (RFC 8291): its private key and auth secret decrypt it.
    expect(request.body.toString('utf8')).not.toContain('Rivera');
    const clear = ece.decrypt(request.body, {
      version: 'aes128gcm',
      privateKey: phone.device,
      authSecret: phone.auth.toString('base64url'),
    });
    expect(JSON.parse(clear.toString('utf8'))).toEqual(notification);
  });

  it('a 404 or 410 from the push service removes the subscription; signing out removes it too', async () => {
    const old = await subscribeDevice('old-tablet');
    answer = 410;
    expect(await pushDeliveryJob.run(deps, { subscriptionId: old.subscriptionId, ...notification }, jobLog)).toBe(
      'gone',
    );
    expect(
      await testDb.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.id, old.subscriptionId)),
    ).toEqual([]);

    const other = await subscribeDevice('laptop');
    answer = 500;
    // A push service error that may pass is retried (the job throws), the subscription stays.
    await expect(
      pushDeliveryJob.run(deps, { subscriptionId: other.subscriptionId, ...notification }, jobLog),
    ).rejects.toThrow(/push service answered 500/);
    await revokeSession(testDb.db, other.session.token);
    expect(
      await testDb.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.id, other.subscriptionId)),
    ).toEqual([]);
    answer = 201;
  });
});
