import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import type { HttpMethod } from '@edutrack/daily/spec';
import { parentTokenProperties, teacherTokenProperties } from '@edutrack/daily';
import { roomPropertiesFor } from '@edutrack/daily';
import { createDailySpecValidator, loadDailySpec } from './support/daily-spec.ts';
import { inMinutes, startEmulator } from './support/emulator-harness.ts';
import { recordingFetch, type RecordedExchange } from './support/recording-fetch.ts';
import { startWebhookReceiver } from './support/webhook-receiver.ts';

const spec = createDailySpecValidator();
const specPaths = Object.keys(loadDailySpec().paths);

/** `/v1/rooms/:room_name` → `/rooms/{room_name}`. */
const specPathOfRoute = (url: string): string => url.replace(/^\/v1/, '').replace(/:(\w+)/g, '{$1}');

const templateMatchers = specPaths.map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));
const specPathOfUrl = (url: URL): string | undefined => {
  const path = url.pathname.replace(/^\/v1/, '');
  return templateMatchers.find(({ pattern }) => pattern.test(path))?.template;
};

/** An answer's problems by the spec, or undefined when it conforms. */
type Check = (body: unknown) => string | undefined;

const checkWith = (validate: ValidateFunction | undefined): Check | undefined =>
  validate && ((body) => (validate(body) ? undefined : spec.describe(validate.errors)));

/**
 * What an answer is checked against. Where Daily's spec has no schema, or a wrong one, the
 * substitute is named here rather than the check dropped:
 * - POST /rooms/{room_name} (SetRoomConfig) declares no schema; Daily answers the room, so the
 *   room schema of GET /rooms/{room_name} is used.
 * - DELETE /webhooks/{id} declares a 200 without a body; the answer must be empty.
 * - GET /meetings/{meeting}/participants declares meeting objects as items (a copy-paste slip);
 *   its items are checked against the participant items of GET /meetings instead.
 */
function checkFor(method: HttpMethod, path: string, status: number): Check | undefined {
  if (status >= 400)
    return checkWith(spec.schemaAt('components', 'responses', '400', 'content', 'application/json', 'schema'));
  if (method === 'post' && path === '/rooms/{room_name}') return checkWith(spec.response('get', path, 200));
  if (method === 'delete' && path === '/webhooks/{id}')
    return (body) => (body === undefined ? undefined : 'expected no body');
  if (method === 'get' && path === '/meetings/{meeting}/participants') {
    const checkItem = checkWith(
      spec.schemaAt(
        'paths',
        '/meetings',
        'get',
        'responses',
        '200',
        'content',
        'application/json',
        'schema',
        'properties',
        'data',
        'items',
        'properties',
        'participants',
        'items',
      ),
    );
    return (
      checkItem &&
      ((body) => {
        const data: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'data') : undefined;
        if (!Array.isArray(data)) return 'data is not an array';
        return data.map(checkItem).find((problem) => problem !== undefined);
      })
    );
  }
  return checkWith(spec.response(method, path, status));
}

const methodOf = (exchange: RecordedExchange): HttpMethod => {
  const method = exchange.method.toLowerCase();
  if (method === 'get' || method === 'post' || method === 'delete' || method === 'put' || method === 'patch')
    return method;
  throw new Error(`unexpected method ${exchange.method}`);
};

describe('the emulator answers as Daily’s OpenAPI spec describes', () => {
  it('the validator is not vacuous: it rejects answers of the wrong shape', () => {
    const listRooms = spec.response('get', '/rooms', 200);
    expect(listRooms?.({ total_count: 2, data: [] })).toBe(true);
    expect(listRooms?.({ total_count: 'two', data: [] })).toBe(false);
    expect(listRooms?.({ total_count: 1, data: [{ name: 42 }] })).toBe(false);
    const presence = spec.response('get', '/presence', 200);
    // OpenAPI 3.0 `nullable` is honoured: null where the spec allows it, nothing else.
    expect(presence?.({ r: [{ userId: null, userName: null }] })).toBe(true);
    expect(presence?.({ r: [{ userId: 7 }] })).toBe(false);
  });

  it('serves only paths and methods the spec has', async () => {
    const { emulator } = await startEmulator();
    await emulator.app.ready();
    for (const route of emulator.state.routes) {
      expect(specPaths, `${route.method} ${route.url}`).toContain(specPathOfRoute(route.url));
      const path = specPathOfRoute(route.url);
      const item = loadDailySpec().paths[path] ?? {};
      expect(Object.keys(item), `${route.method} ${route.url}`).toContain(route.method.toLowerCase());
    }
  });

  it('every answer of every emulated operation matches the spec’s schema', async () => {
    const receiver = await startWebhookReceiver();
    const { fetch, exchanges } = recordingFetch();
    const { client, clock, emulator } = await startEmulator();
    const daily = client({ fetch });
    const name = 'etm-spec';
    const exp = inMinutes(clock, 60);

    // Rooms
    const wanted = roomPropertiesFor({ opensAt: clock.now(), closesAt: exp });
    await daily.createRoom({ name, ...wanted });
    await daily.createRoom({
      name: 'etm-other',
      properties: { enable_chat: true, lang: 'de', enable_recording: 'cloud' },
    });
    await daily.getRoom(name);
    await daily.listAllRooms();
    await daily.updateRoom(name, { properties: { max_participants: 3 } });
    // Tokens
    const teacherToken = await daily.createMeetingToken(
      teacherTokenProperties({ roomName: name, userId: 't-1', userName: 'T', exp }),
    );
    const parentToken = await daily.createMeetingToken(
      parentTokenProperties({ roomName: name, userId: 'p-1', userName: 'P', exp }),
    );
    await daily.validateMeetingToken(teacherToken);
    // Webhooks
    const webhook = await daily.createWebhook({ url: receiver.url, hmac: randomBytes(32).toString('base64') });
    await daily.listWebhooks();
    await daily.getWebhook(webhook.uuid ?? '');
    await daily.updateWebhook(webhook.uuid ?? '', {
      eventTypes: [
        'participant.joined',
        'participant.left',
        'meeting.started',
        'meeting.ended',
        'waiting-participant.joined',
        'waiting-participant.left',
      ],
    });
    // A call: presence, meetings, attendance, eject; a tokenless guest has neither id nor name.
    await emulator.calls.join({ roomName: name, token: teacherToken });
    const waiting = await emulator.calls.join({ roomName: name, token: parentToken });
    if (waiting.status === 'waiting') await emulator.calls.admit(waiting.participant.sessionId);
    await daily.createRoom({ name: 'etm-open' });
    await emulator.calls.join({ roomName: 'etm-open' });
    await daily.getRoomPresence(name);
    await daily.getRoomPresence('etm-open');
    await daily.getPresence();
    const { data: meetings = [] } = await daily.listMeetings();
    await daily.listMeetings({ no_participants: true, ongoing: true });
    await daily.getMeeting(meetings[0]?.id ?? '');
    await daily.listMeetingParticipants(meetings[0]?.id ?? '');
    await daily.ejectParticipants(name, { user_ids: ['p-1'] });
    // Deletions and errors
    await daily.deleteRoom('etm-other');
    await daily.deleteWebhook(webhook.uuid ?? '');
    await daily.getRoom('etm-missing').catch(() => undefined);
    await daily.createRoom({ name }).catch(() => undefined);

    const covered = new Set<string>();
    for (const exchange of exchanges) {
      const method = methodOf(exchange);
      const path = specPathOfUrl(exchange.url);
      expect(path, exchange.url.pathname).toBeDefined();
      if (path === undefined) continue;
      const label = `${exchange.method} ${path} → ${exchange.status}`;
      const check = checkFor(method, path, exchange.status);
      expect(check, `${label}: the spec has no schema to check against`).toBeDefined();
      expect(check?.(exchange.body), label).toBeUndefined();
      if (exchange.status < 300) covered.add(`${exchange.method} ${path}`);
    }
    expect(exchanges.some((exchange) => exchange.status === 404)).toBe(true);
    expect(exchanges.some((exchange) => exchange.status === 400)).toBe(true);

    const served = emulator.state.routes.map((route) => `${route.method} ${specPathOfRoute(route.url)}`);
    expect([...covered].sort()).toEqual([...new Set(served)].sort());
  });

  it('every webhook event the emulator sends matches the spec’s event schema', async () => {
    const receiver = await startWebhookReceiver();
    const { client, clock, emulator } = await startEmulator({ webhook: { url: receiver.url, hmac: 'c2VjcmV0' } });
    const daily = client();
    const exp = inMinutes(clock, 60);
    await daily.createRoom({ name: 'etm-events', ...roomPropertiesFor({ opensAt: clock.now(), closesAt: exp }) });
    const teacher = await emulator.calls.join({
      roomName: 'etm-events',
      token: await daily.createMeetingToken(
        teacherTokenProperties({ roomName: 'etm-events', userId: 't', userName: 'T', exp }),
      ),
    });
    const guest = await emulator.calls.join({ roomName: 'etm-events', userName: 'Someone' });
    if (guest.status === 'waiting') await emulator.calls.deny(guest.participant.sessionId);
    if (teacher.status === 'joined') await emulator.calls.leave(teacher.participant.sessionId);

    const types = new Set<string>();
    for (const { rawBody } of receiver.received) {
      const event: { type: string; id?: unknown } = JSON.parse(rawBody);
      types.add(event.type);
      // Daily sends an event id (and deduplication needs it), but the spec's event schemas forbid
      // extra properties and do not list `id`: it is the one field checked apart from the schema.
      expect(typeof event.id).toBe('string');
      const { id: _id, ...specShaped } = event;
      const validate = spec.component(event.type.replace(/[.-]/g, '_'));
      expect(validate, event.type).toBeDefined();
      expect(validate?.(specShaped), `${event.type}: ${spec.describe(validate?.errors)}`).toBe(true);
    }
    expect([...types].sort()).toEqual([
      'meeting.ended',
      'meeting.started',
      'participant.joined',
      'participant.left',
      'waiting-participant.joined',
      'waiting-participant.left',
    ]);
  });
});
