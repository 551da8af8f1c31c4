import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { classifyMediaError, cameraErrorObject } from '../src/local-call/camera-errors.ts';
import { buildParticipant, trackChanges, trackState } from '../src/local-call/participant-objects.ts';
import { localSignallingUrl } from '../src/local-call/index.ts';
import { roomNameFromUrl } from '../src/local-call/room-url.ts';

// Only identity matters to these functions; a plain object stands in for a MediaStreamTrack.
const track = (kind: string): MediaStreamTrack =>
  Object.assign(new EventTarget(), { kind, id: kind }) as MediaStreamTrack;

describe('the local-call entry point', () => {
  it('bundles for the browser without Node, fastify, zod or daily-js', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../src/local-call/index.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => !/src\/(local-call\/|emulator\/signalling\/protocol\.ts)/.test(input))).toEqual([]);
  });
});

describe('the signalling URL on the page’s origin', () => {
  it('is ws: beside http and wss: beside https', () => {
    expect(localSignallingUrl({ protocol: 'http:', host: 'localhost:3000' })).toBe(
      'ws://localhost:3000/local-call/signal',
    );
    expect(localSignallingUrl({ protocol: 'https:', host: 'meet.school.example' })).toBe(
      'wss://meet.school.example/local-call/signal',
    );
  });
});

describe('room URLs', () => {
  it('name the room by the last path segment', () => {
    expect(roomNameFromUrl('https://edutrack-local.daily.co/etm-abc123')).toBe('etm-abc123');
    expect(roomNameFromUrl('https://edutrack-local.daily.co/etm-abc123/')).toBe('etm-abc123');
    expect(() => roomNameFromUrl('https://edutrack-local.daily.co/')).toThrow(/no room name/);
    expect(() => roomNameFromUrl('etm-abc123')).toThrow(/not a room URL/);
  });
});

describe('track states', () => {
  const video = track('video');
  it('are playable only with media flowing, and keep the persistent track while off or loading', () => {
    expect(trackState({ track: video, on: true, flowing: true })).toEqual({
      state: 'playable',
      subscribed: true,
      track: video,
      persistentTrack: video,
    });
    expect(trackState({ track: video, on: true, flowing: false })).toEqual({
      state: 'loading',
      subscribed: true,
      persistentTrack: video,
    });
    expect(trackState({ track: undefined, on: true, flowing: false })).toEqual({ state: 'loading', subscribed: true });
    expect(trackState({ track: video, on: false, flowing: true })).toEqual({
      state: 'off',
      subscribed: true,
      off: { byUser: true },
      persistentTrack: video,
    });
    expect(trackState({ track: undefined, on: true, flowing: true, blocked: { byPermissions: true } })).toEqual({
      state: 'blocked',
      subscribed: true,
      blocked: { byPermissions: true },
    });
  });

  it('start and stop as daily-js’s track events report them', () => {
    const person = { session_id: 's', user_id: 'u', user_name: 'n', owner: false };
    const audio = track('audio');
    const off = buildParticipant(
      person,
      false,
      { track: audio, on: true, flowing: false },
      { track: video, on: false, flowing: true },
    );
    const on = buildParticipant(
      person,
      false,
      { track: audio, on: true, flowing: true },
      { track: video, on: true, flowing: true },
    );
    expect(trackChanges(off, on)).toEqual({
      started: [
        { type: 'audio', track: audio },
        { type: 'video', track: video },
      ],
      stopped: [],
    });
    expect(trackChanges(on, on)).toEqual({ started: [], stopped: [] });
    expect(trackChanges(on, undefined).stopped.map(({ type }) => type)).toEqual(['audio', 'video']);
  });

  it('make participants daily-react counts as not screen sharing, and new every time', () => {
    const person = { session_id: 's', user_id: null, user_name: null, owner: true, joined_at: 0, will_eject_at: null };
    const a = buildParticipant(
      person,
      true,
      { track: undefined, on: false, flowing: true },
      { track: undefined, on: false, flowing: true },
    );
    const b = buildParticipant(
      person,
      true,
      { track: undefined, on: false, flowing: true },
      { track: undefined, on: false, flowing: true },
    );
    expect(a).not.toBe(b);
    expect(a.tracks.screenVideo).not.toBe(b.tracks.screenVideo);
    expect(a).toMatchObject({
      user_id: '',
      user_name: '',
      screen: false,
      tracks: { screenAudio: { state: 'off' }, screenVideo: { state: 'off' } },
    });
    expect(a.permissions.canAdmin).toBe(true);
  });
});

describe('camera errors', () => {
  it('map getUserMedia failures to daily-js’s camera-error types', () => {
    const fail = (name: string, media: ('audio' | 'video')[] = ['video']) =>
      cameraErrorObject(classifyMediaError(new DOMException('x', name), media));
    expect(fail('NotAllowedError', ['audio', 'video'])).toEqual({
      type: 'permissions',
      msg: 'x',
      blockedBy: 'user',
      blockedMedia: ['audio', 'video'],
    });
    expect(fail('NotFoundError')).toEqual({ type: 'not-found', msg: 'x', missingMedia: ['video'] });
    expect(fail('NotReadableError')).toEqual({ type: 'cam-in-use', msg: 'x' });
    expect(fail('NotReadableError', ['audio'])).toEqual({ type: 'mic-in-use', msg: 'x' });
    expect(fail('NotReadableError', ['audio', 'video'])).toEqual({ type: 'cam-mic-in-use', msg: 'x' });
    expect(fail('OverconstrainedError')).toEqual({
      type: 'constraints',
      msg: 'x',
      reason: 'invalid',
      failedMedia: ['video'],
    });
    expect(fail('SomethingElse')).toEqual({ type: 'unknown', msg: 'x' });
  });
});
