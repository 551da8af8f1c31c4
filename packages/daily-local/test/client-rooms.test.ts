import { describe, expect, it } from 'vitest';
import { DailyApiError } from '@edutrack/daily';
import { createDailyClient } from '@edutrack/daily';
import { roomNameFor } from '@edutrack/daily';
import { roomNeedsUpdate, roomPropertiesFor } from '@edutrack/daily';
import { toUnixSeconds } from '@edutrack/daily';
import { inMinutes, rawRequest, startEmulator, TEST_API_KEY } from './support/emulator-harness.ts';

const caught = async (promise: Promise<unknown>): Promise<DailyApiError> => {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DailyApiError)) throw new Error(`expected a DailyApiError, got ${String(error)}`);
  return error;
};

describe('rooms through the client and the emulator', () => {
  it('creates, reads, updates and deletes a room', async () => {
    const { client, clock } = await startEmulator();
    const daily = client();
    const wanted = roomPropertiesFor({ opensAt: inMinutes(clock, 55), closesAt: inMinutes(clock, 135) });

    const created = await daily.createRoom({ name: 'etm-room-1', ...wanted });
    expect(created).toMatchObject({ name: 'etm-room-1', privacy: 'private', api_created: true });
    expect(created.url).toBe('https://edutrack-local.daily.co/etm-room-1');
    expect(created.config).toMatchObject({
      nbf: wanted.properties.nbf,
      exp: wanted.properties.exp,
      enable_knocking: true,
    });
    expect(roomNeedsUpdate(created, wanted)).toBe(false);

    const fetched = await daily.getRoom('etm-room-1');
    expect(fetched).toEqual(created);

    const later = roomPropertiesFor({ opensAt: inMinutes(clock, 115), closesAt: inMinutes(clock, 195) });
    expect(roomNeedsUpdate(fetched, later)).toBe(true);
    const updated = await daily.updateRoom('etm-room-1', later);
    expect(updated.config?.exp).toBe(later.properties.exp);
    expect(roomNeedsUpdate(await daily.getRoom('etm-room-1'), later)).toBe(false);

    expect(await daily.deleteRoom('etm-room-1')).toEqual({ deleted: true, name: 'etm-room-1' });
    const gone = await caught(daily.getRoom('etm-room-1'));
    expect(gone).toMatchObject({ status: 404, type: 'not-found', retryable: false });
  });

  it('lists only properties that differ from Daily’s defaults in config', async () => {
    const { client } = await startEmulator();
    const room = await client().createRoom({
      name: 'defaults',
      properties: { max_participants: 200, eject_at_room_exp: false, enable_chat: true, enable_knocking: false },
    });
    expect(room.config).toEqual({ enable_chat: true });
    expect(room.privacy).toBe('public');
  });

  it('invents a name when none is given', async () => {
    const { client } = await startEmulator();
    const room = await client().createRoom({});
    expect(room.name).toMatch(/^[A-Za-z0-9_-]{20}$/);
  });

  it('refuses a duplicate name with Daily’s error, but ensureRoom returns the existing room', async () => {
    const { client, clock, emulator } = await startEmulator();
    const daily = client();
    const name = roomNameFor('appointment-7');
    const wanted = roomPropertiesFor({ opensAt: inMinutes(clock, 5), closesAt: inMinutes(clock, 60) });

    const first = await daily.ensureRoom(name, wanted);
    expect(first.created).toBe(true);
    const duplicate = await caught(daily.createRoom({ name, ...wanted }));
    expect(duplicate).toMatchObject({
      status: 400,
      type: 'invalid-request-error',
      info: `a room named ${name} already exists`,
    });
    // Daily's text is kept for logs, never put in the message a caller might show.
    expect(duplicate.message).not.toContain('already exists');

    const second = await daily.ensureRoom(name, wanted);
    expect(second).toEqual({ room: first.room, created: false });
    expect(emulator.state.rooms.createdCount).toBe(1);
  });

  it('ensureRoom under concurrency creates exactly one room', async () => {
    const { client, emulator } = await startEmulator();
    const daily = client();
    const results = await Promise.all(Array.from({ length: 8 }, () => daily.ensureRoom('etm-concurrent')));
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.room.id)).size).toBe(1);
    expect(emulator.state.rooms.createdCount).toBe(1);
  });

  it('deleteRoomIfExists counts a missing room as done', async () => {
    const { client } = await startEmulator();
    const daily = client();
    await daily.createRoom({ name: 'to-delete' });
    expect(await daily.deleteRoomIfExists('to-delete')).toEqual({ deleted: true });
    expect(await daily.deleteRoomIfExists('to-delete')).toEqual({ deleted: false });
    expect(await daily.deleteRoomIfExists('never-existed')).toEqual({ deleted: false });
    const plainDelete = await caught(daily.deleteRoom('to-delete'));
    expect(plainDelete.status).toBe(404);
  });

  it('findRoom answers null for a missing room', async () => {
    const { client } = await startEmulator();
    const daily = client();
    expect(await daily.findRoom('nope')).toBeNull();
    await daily.createRoom({ name: 'yes' });
    expect((await daily.findRoom('yes'))?.name).toBe('yes');
  });

  it('lists rooms newest first, as Daily does, and pages to older ones with ending_before', async () => {
    const { client, clock } = await startEmulator();
    const daily = client();
    const names = Array.from({ length: 234 }, (_, index) => `room-${String(index).padStart(3, '0')}`);
    for (const name of names) {
      await daily.createRoom({ name });
      clock.advance(1000);
    }
    const newestFirst = [...names].reverse();

    // Daily's list-rooms docs: "reverse chronological order (your most recent room comes first)".
    const firstPage = await daily.listRooms();
    expect(firstPage.total_count).toBe(234);
    expect(firstPage.data?.map((room) => room.name)).toEqual(newestFirst.slice(0, 100));

    const all = await daily.listAllRooms();
    expect(all.map((room) => room.name)).toEqual(newestFirst);

    // ending_before: rooms created before the given one; starting_after: created after it.
    const older = await daily.listRooms({ limit: 3, ending_before: all[10]?.id });
    expect(older.data?.map((room) => room.name)).toEqual(newestFirst.slice(11, 14));
    const newer = await daily.listRooms({ limit: 3, starting_after: all[10]?.id });
    expect(newer.data?.map((room) => room.name)).toEqual(newestFirst.slice(7, 10));
  });

  it('keeps paging when the room used as cursor is deleted meanwhile', async () => {
    const { client, clock } = await startEmulator();
    const daily = client();
    for (let index = 0; index < 5; index += 1) {
      await daily.createRoom({ name: `r${index}` });
      clock.advance(1000);
    }
    const page = await daily.listRooms({ limit: 2 });
    expect(page.data?.map((room) => room.name)).toEqual(['r4', 'r3']);
    const cursor = page.data?.at(-1);
    await daily.deleteRoom(cursor?.name ?? '');
    const next = await daily.listRooms({ limit: 2, ending_before: cursor?.id });
    expect(next.data?.map((room) => room.name)).toEqual(['r2', 'r1']);
  });

  it('makes a room vanish at exp, per the clock', async () => {
    const { client, clock } = await startEmulator();
    const daily = client();
    const wanted = roomPropertiesFor({ opensAt: inMinutes(clock, -5), closesAt: inMinutes(clock, 30) });
    await daily.createRoom({ name: 'short-lived', ...wanted });
    clock.advance(29 * 60_000);
    expect((await daily.getRoom('short-lived')).name).toBe('short-lived');
    clock.advance(60_000);
    expect((await caught(daily.getRoom('short-lived'))).status).toBe(404);
    expect((await daily.listRooms()).total_count).toBe(0);
    // An expired room counts as deleted, and its name is free again.
    expect(await daily.deleteRoomIfExists('short-lived')).toEqual({ deleted: false });
    const again = await daily.ensureRoom(
      'short-lived',
      roomPropertiesFor({ opensAt: inMinutes(clock, 5), closesAt: inMinutes(clock, 50) }),
    );
    expect(again.created).toBe(true);
  });

  it('validates rooms the way Daily does', async () => {
    const { client, clock } = await startEmulator();
    const daily = client();
    const past = await caught(daily.createRoom({ name: 'late', properties: { exp: toUnixSeconds(clock.now()) - 1 } }));
    expect(past).toMatchObject({ status: 400, type: 'invalid-request-error', retryable: false });

    const millis = await caught(daily.createRoom({ name: 'ms', properties: { exp: inMinutes(clock, 60).getTime() } }));
    expect(millis.status).toBe(400);

    expect((await caught(daily.createRoom({ name: 'has space' }))).status).toBe(400);
    expect((await caught(daily.createRoom({ name: 'x'.repeat(129) }))).status).toBe(400);
    expect((await daily.createRoom({ name: 'x'.repeat(128) })).name).toHaveLength(128);
    expect((await caught(daily.createRoom({ name: 'odd', privacy: 'secret' }))).status).toBe(400);

    await daily.createRoom({ name: 'ok' });
    const pastUpdate = await caught(daily.updateRoom('ok', { properties: { exp: toUnixSeconds(clock.now()) - 60 } }));
    expect(pastUpdate.status).toBe(400);
  });

  it('refuses properties Daily does not know', async () => {
    const { baseUrl } = await startEmulator();
    const response = await rawRequest(baseUrl, '/rooms', {
      method: 'POST',
      body: { name: 'typo', properties: { enable_knockin: true } },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid-request-error' });
  });

  it('answers a garbled body with json-parsing-error', async () => {
    const { baseUrl } = await startEmulator();
    const response = await rawRequest(baseUrl, '/rooms', { method: 'POST', body: '{"name":' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'json-parsing-error' });
  });
});

describe('requests as Daily’s own curl examples send them', () => {
  it('accepts Content-Type: application/json with no body on GET and DELETE, as Daily does', async () => {
    const { baseUrl, client } = await startEmulator();
    await client().createRoom({ name: 'curl-style' });
    const send = (method: string, path: string) =>
      fetch(`${baseUrl}${path}`, {
        method,
        headers: { Authorization: `Bearer ${TEST_API_KEY}`, 'Content-Type': 'application/json' },
      });
    const read = await send('GET', '/rooms/curl-style');
    expect(read.status).toBe(200);
    const list = await send('GET', '/rooms');
    expect(list.status).toBe(200);
    const deleted = await send('DELETE', '/rooms/curl-style');
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ deleted: true, name: 'curl-style' });
  });
});

describe('authentication', () => {
  it('answers a wrong key with 401 authentication-error, not retried', async () => {
    const { baseUrl } = await startEmulator();
    const daily = createDailyClient({ apiKey: 'wrong', baseUrl, rateLimits: false });
    const error = await caught(daily.listRooms());
    expect(error).toMatchObject({ status: 401, type: 'authentication-error', retryable: false, attempts: 1 });
  });

  it('answers a missing or garbled header with 400 authorization-header-error', async () => {
    const { baseUrl } = await startEmulator();
    const missing = await rawRequest(baseUrl, '/rooms', { apiKey: null });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: 'authorization-header-error' });
    const garbled = await fetch(`${baseUrl}/rooms`, { headers: { Authorization: 'Basic dGVzdA==' } });
    expect(garbled.status).toBe(400);
    expect(await garbled.json()).toMatchObject({ error: 'authorization-header-error' });
  });

  it('refuses to build a client without a key or with a malformed URL', () => {
    expect(() => createDailyClient({ apiKey: '', baseUrl: 'http://127.0.0.1:1/v1' })).toThrow();
    expect(() => createDailyClient({ apiKey: 'k', baseUrl: 'not a url' })).toThrow();
  });
});
