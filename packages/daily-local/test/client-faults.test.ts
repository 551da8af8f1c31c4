import { describe, expect, it } from 'vitest';
import { DailyApiError } from '@edutrack/daily';
import { roomNameFor } from '@edutrack/daily';
import { rawRequest, startEmulator } from './support/emulator-harness.ts';

const recordingSleep = () => {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
};

describe('retries against injected faults', () => {
  it.each(['server-error', 'rate-limit'] as const)('retries a %s and succeeds', async (kind) => {
    const { client, emulator } = await startEmulator();
    const { delays, sleep } = recordingSleep();
    emulator.faults.set({ queue: [kind, kind] });
    const room = await client({ sleep }).createRoom({ name: 'after-faults' });
    expect(room.name).toBe('after-faults');
    expect(delays).toHaveLength(2);
    expect(emulator.faults.counts[kind]).toBe(2);
  });

  it.each([
    ['server-error', 500, 'server-error'],
    ['rate-limit', 429, 'rate-limit-error'],
  ] as const)('answers an injected %s like Daily', async (kind, status, type) => {
    const { baseUrl, emulator } = await startEmulator();
    emulator.faults.set({ queue: [kind] });
    const response = await rawRequest(baseUrl, '/rooms');
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ error: type });
  });

  it('gives up after maxRetries with an error saying how often it tried', async () => {
    const { client, emulator } = await startEmulator();
    emulator.faults.set({ queue: ['server-error', 'server-error', 'server-error', 'server-error'] });
    const error = await client({ maxRetries: 2 })
      .getRoom('x')
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DailyApiError);
    expect(error).toMatchObject({ status: 500, type: 'server-error', retryable: true, attempts: 3 });
  });

  it('times out a hanging request and retries it', async () => {
    const { client, emulator } = await startEmulator();
    emulator.faults.set({ queue: ['hang'] });
    const started = Date.now();
    const page = await client({ timeoutMs: 200 }).listRooms();
    expect(page.total_count).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(emulator.faults.counts.hang).toBe(1);
  });

  it('reports a timeout as retryable with no status once retries run out', async () => {
    const { client, emulator } = await startEmulator();
    emulator.faults.set({ queue: ['hang', 'hang'] });
    const error = await client({ timeoutMs: 100, maxRetries: 1 })
      .listRooms()
      .catch((reason: unknown) => reason);
    expect(error).toMatchObject({ type: 'timeout', status: undefined, retryable: true, attempts: 2 });
  });

  it('retries after the connection is reset', async () => {
    const { client, emulator } = await startEmulator();
    emulator.faults.set({ queue: ['reset'] });
    const room = await client().createRoom({ name: 'after-reset' });
    expect(room.name).toBe('after-reset');
    expect(emulator.faults.counts.reset).toBe(1);
  });

  it('does not retry other 4xx answers', async () => {
    const { client } = await startEmulator();
    const { delays, sleep } = recordingSleep();
    const error = await client({ sleep })
      .getRoom('missing')
      .catch((reason: unknown) => reason);
    expect(error).toMatchObject({ status: 404, attempts: 1 });
    expect(delays).toEqual([]);
  });

  it('does not repeat a create without a name after an ambiguous failure (it would make a second room)', async () => {
    const { client, emulator } = await startEmulator();
    emulator.faults.set({ queue: ['server-error'], timing: 'after' });
    const error = await client()
      .createRoom({})
      .catch((reason: unknown) => reason);
    expect(error).toMatchObject({ status: 500, attempts: 1 });
    expect(emulator.state.rooms.createdCount).toBe(1);
  });

  it('backs off exponentially with jitter between attempts', async () => {
    const { client, emulator } = await startEmulator();
    const { delays, sleep } = recordingSleep();
    emulator.faults.set({ queue: ['server-error', 'server-error', 'server-error', 'server-error'] });
    await client({ sleep, random: () => 0.5, backoff: { baseDelayMs: 100, maxDelayMs: 500 } }).listRooms();
    expect(delays).toEqual([50, 100, 200, 250]);
  });

  it('under 20% random failures of every kind, every ensureRoom succeeds and no room is made twice', async () => {
    const { client, emulator } = await startEmulator();
    emulator.faults.set({
      share: 0.2,
      kinds: ['server-error', 'rate-limit', 'hang', 'reset'],
      timing: 'either',
      seed: 20300304,
    });
    const daily = client({ timeoutMs: 300, maxRetries: 8 });
    const names = Array.from({ length: 60 }, (_, index) => roomNameFor(`appointment-${index}`));

    const results = await Promise.all(names.map((name) => daily.ensureRoom(name, { privacy: 'private' })));

    const injected = Object.values(emulator.faults.counts).reduce((sum, count) => sum + count, 0);
    expect(injected).toBeGreaterThan(5);
    expect(results.map((result) => result.room.name)).toEqual(names);
    expect(emulator.state.rooms.createdCount).toBe(names.length);
    for (const { room } of results) expect(emulator.state.rooms.get(room.name ?? '')?.id).toBe(room.id);

    emulator.faults.reset();
    expect((await daily.listAllRooms()).map((room) => room.name).sort()).toEqual([...names].sort());
  });

  it('deletes under faults: every deleteRoomIfExists ends with the room gone', async () => {
    const { client, emulator } = await startEmulator();
    const daily = client({ timeoutMs: 300, maxRetries: 8 });
    const names = Array.from({ length: 20 }, (_, index) => `del-${index}`);
    for (const name of names) await daily.createRoom({ name });
    emulator.faults.set({ share: 0.3, kinds: ['server-error', 'reset', 'hang'], timing: 'either', seed: 7 });
    await Promise.all(names.map((name) => daily.deleteRoomIfExists(name)));
    emulator.faults.reset();
    expect((await daily.listRooms()).total_count).toBe(0);
  });
});
