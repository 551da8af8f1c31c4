import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { localCallSignalling } from '../src/emulator/signalling/local-call-signalling.ts';
import { waitingIdOf } from '../src/emulator/signalling/participant-info.ts';
import {
  LOCAL_CALL_SIGNALLING_PATH,
  type ClientMessage,
  type ServerMessage,
} from '../src/emulator/signalling/protocol.ts';
import { parentTokenProperties, teacherTokenProperties } from '@edutrack/daily';
import { roomPropertiesFor } from '@edutrack/daily';
import { inMinutes, startEmulator } from './support/emulator-harness.ts';

const sockets: WebSocket[] = [];
const apps: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

/** A browser's WebSocket, from Node: what arrived, and a way to wait for a message type. */
async function connect(url: string, origin?: string) {
  const socket = new WebSocket(url, origin === undefined ? {} : { origin });
  sockets.push(socket);
  const received: ServerMessage[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data) => {
    received.push(JSON.parse(new TextDecoder().decode(Array.isArray(data) ? Buffer.concat(data) : data)));
    for (const wake of waiters.splice(0)) wake();
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return {
    closed,
    send: (message: ClientMessage) => socket.send(JSON.stringify(message)),
    close: () => socket.close(),
    async next<T extends ServerMessage['type']>(type: T): Promise<Extract<ServerMessage, { type: T }>> {
      for (;;) {
        const found = received.find((message): message is Extract<ServerMessage, { type: T }> => message.type === type);
        if (found !== undefined) return found;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
  };
}

async function room() {
  const harness = await startEmulator();
  const daily = harness.client();
  const exp = inMinutes(harness.clock, 60);
  await daily.ensureRoom('etm-ws', roomPropertiesFor({ opensAt: harness.clock.now(), closesAt: exp }));
  return {
    harness,
    signalling: harness.baseUrl.replace(/^http/, 'ws').replace(/\/v1$/, LOCAL_CALL_SIGNALLING_PATH),
    teacherToken: await daily.createMeetingToken(
      teacherTokenProperties({ roomName: 'etm-ws', userId: 'teacher-1', userName: 'Ana', exp }),
    ),
    parentToken: await daily.createMeetingToken(
      parentTokenProperties({ roomName: 'etm-ws', userId: 'parent-1', userName: 'Li', exp }),
    ),
  };
}

describe('local call signalling over WebSockets', () => {
  it('is served by the emulator itself, and a dropped socket counts as leaving', async () => {
    const { harness, signalling, teacherToken } = await room();
    const teacher = await connect(signalling);
    teacher.send({ type: 'join', roomName: 'etm-ws', token: teacherToken, media: { audio: true, video: true } });
    expect((await teacher.next('joined')).you.user_id).toBe('teacher-1');
    expect(harness.emulator.calls.participants('etm-ws')).toHaveLength(1);
    teacher.close();
    await teacher.closed;
    await expect.poll(() => harness.emulator.calls.participants('etm-ws')).toEqual([]);
  });

  it('mounted on another app (the server’s origin), it shares the emulator’s calls', async () => {
    const { harness, signalling, teacherToken, parentToken } = await room();
    const server = Fastify();
    apps.push(server);
    await server.register(localCallSignalling, {
      calls: harness.emulator.calls,
      allowedOrigins: ['http://localhost:3000'],
    });
    const address = await server.listen({ port: 0, host: '127.0.0.1' });
    const onServer = `${address.replace(/^http/, 'ws')}${LOCAL_CALL_SIGNALLING_PATH}`;

    const teacher = await connect(signalling);
    teacher.send({ type: 'join', roomName: 'etm-ws', token: teacherToken, media: { audio: true, video: true } });
    await teacher.next('joined');
    const parent = await connect(onServer, 'http://localhost:3000');
    parent.send({ type: 'join', roomName: 'etm-ws', token: parentToken, media: { audio: true, video: true } });
    const { you } = await parent.next('lobby');
    parent.send({ type: 'request-access', name: 'Li' });
    expect((await teacher.next('waiting-added')).participant.id).toBe(waitingIdOf(you.session_id));
    teacher.send({ type: 'answer-knock', ref: 1, id: waitingIdOf(you.session_id), grant: true });
    expect((await parent.next('admitted')).participants.map((p) => p.user_id)).toEqual(['teacher-1']);

    const stranger = await connect(onServer, 'https://evil.example');
    expect(await stranger.closed).toBe(1008);
  });
});
