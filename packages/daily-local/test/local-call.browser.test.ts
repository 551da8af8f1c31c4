/**
 * The local call stand-in in real Chromium: two people in two browser contexts with fake cameras,
 * an emulator with its signalling server, and what the shared Daily notes (../shared/daily/README.md)
 * say daily-js does in each case.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CALL_SIGNALLING_PATH } from '../src/emulator/signalling/protocol.ts';
import { parentTokenProperties, teacherTokenProperties } from '@edutrack/daily';
import { roomPropertiesFor } from '@edutrack/daily';
import { toUnixSeconds } from '@edutrack/daily';
import { parseDailyWebhook } from '@edutrack/daily';
import { CallPage, launchChromium, startPageServer, type PageServer } from './support/browser/call-pages.ts';
import { inMinutes, startEmulator, type Harness } from './support/emulator-harness.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts';

let browser: Browser;
let pages: PageServer;
const open: CallPage[] = [];

beforeAll(async () => {
  [browser, pages] = await Promise.all([launchChromium(), startPageServer()]);
});
afterAll(async () => {
  await browser?.close();
  await pages?.close();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((page) => page.close()));
});

interface Meeting {
  harness: Harness;
  receiver: WebhookReceiver;
  url: string;
  roomName: string;
  teacherToken: string;
  parentToken: string;
  /** A new tab of someone's browser, with a stand-in call object pointed at the emulator's signalling. */
  person(): Promise<CallPage>;
  webhookTypes(): string[];
}

/** An appointment's room as the server makes it (private, knocking, window, cap), with both tokens. */
async function meeting({ opensInMinutes = 0, roomName = 'etm-local-call' } = {}): Promise<Meeting> {
  const receiver = await startWebhookReceiver();
  const harness = await startEmulator({ webhook: { url: receiver.url, hmac: 'c2VjcmV0' } });
  const daily = harness.client();
  const opensAt = inMinutes(harness.clock, opensInMinutes);
  const closesAt = inMinutes(harness.clock, 60);
  const { room } = await daily.ensureRoom(roomName, roomPropertiesFor({ opensAt, closesAt }));
  const teacherToken = await daily.createMeetingToken(
    teacherTokenProperties({ roomName, userId: 'teacher-1', userName: 'Ana Rivera', exp: closesAt }),
  );
  const parentToken = await daily.createMeetingToken(
    parentTokenProperties({ roomName, userId: 'parent-1', userName: 'Li Chen (parent of Maya Chen)', exp: closesAt }),
  );
  const signallingUrl = harness.baseUrl.replace(/^http/, 'ws').replace(/\/v1$/, LOCAL_CALL_SIGNALLING_PATH);
  return {
    harness,
    receiver,
    url: room.url ?? '',
    roomName,
    teacherToken,
    parentToken,
    async person() {
      const page = await CallPage.open(browser, pages.url, signallingUrl);
      open.push(page);
      return page;
    },
    webhookTypes: () =>
      receiver.received.flatMap(({ rawBody }) => {
        const parsed = parseDailyWebhook(JSON.parse(rawBody));
        return parsed.kind === 'event' ? [parsed.event.type] : [];
      }),
  };
}

/** The teacher in the call, the parent knocking in the lobby, the teacher seeing the knock. */
async function knockingParent(m: Meeting) {
  const teacher = await m.person();
  expect(await teacher.join({ url: m.url, token: m.teacherToken })).toEqual({ ok: true });
  const parent = await m.person();
  expect(await parent.preAuth({ url: m.url, token: m.parentToken })).toBe('lobby');
  expect(await parent.join({ url: m.url, token: m.parentToken })).toEqual({ ok: true });
  await parent.knock('Li Chen');
  const knock = await teacher.waitForEvent('waiting-participant-added');
  return { teacher, parent, knock };
}

async function admittedParent(m: Meeting) {
  const { teacher, parent, knock } = await knockingParent(m);
  expect(await teacher.answer(knock.participant?.id ?? '', true)).toBe('ok');
  await parent.waitForState((state) => state.level === 'full' && state.remotes.length === 1);
  await teacher.waitForState((state) => state.remotes.length === 1);
  return { teacher, parent };
}

describe('the local call stand-in, in Chromium', () => {
  it('lets the owner admit the knocking parent, and both see and hear each other', async () => {
    const m = await meeting();
    const { teacher, parent, knock } = await knockingParent(m);

    // The parent waits in the lobby, hidden (Daily's waiting-room guide): only themselves in
    // participants(), the request pending, and no head count of the call (Daily documents none).
    const waiting = await parent.state();
    expect(waiting).toMatchObject({
      meetingState: 'joined-meeting',
      level: 'lobby',
      awaiting: 'full',
      remotes: [],
      present: 0,
    });
    // The owner sees the knock under the name the server vouched for, with an id of its own: Daily does
    // not document that it equals the knocker's session id, so the stand-in keeps them apart.
    const knockId = knock.participant?.id ?? '';
    expect(knockId).not.toBe(waiting.local?.id);
    expect(knock.participant).toEqual({ id: knockId, name: 'Li Chen (parent of Maya Chen)' });
    expect((await teacher.state()).waiting).toEqual([
      { id: knockId, name: 'Li Chen (parent of Maya Chen)', awaitingAccess: { level: 'full' } },
    ]);

    expect(await teacher.answer(knock.participant?.id ?? '', true)).toBe('ok');
    await parent.waitForEvent('access-state-updated', { level: 'full' });
    expect(await parent.accessResult()).toEqual({ granted: true, level: 'full' });
    await teacher.waitForEvent('waiting-participant-removed');

    const parentSees = await parent.waitForState((state) => state.remotes.length === 1);
    expect(parentSees.remotes[0]).toMatchObject({
      name: 'Ana Rivera',
      userId: 'teacher-1',
      owner: true,
      screenVideo: 'off',
    });
    const teacherSees = await teacher.waitForState((state) => state.remotes.length === 1);
    expect(teacherSees.remotes[0]).toMatchObject({
      id: waiting.local?.id,
      name: 'Li Chen (parent of Maya Chen)',
      userId: 'parent-1',
      owner: false,
    });

    for (const [viewer, other] of [
      [parent, 'teacher'],
      [teacher, 'parent'],
    ] as const) {
      const media = await viewer.remoteMedia();
      expect(media.videoWidth, `${other}'s video as seen`).toBeGreaterThan(0);
      expect(media.videoHeight).toBeGreaterThan(0);
      expect(media.videoTime, `${other}'s video plays`).toBeGreaterThan(0.3);
      expect(media.audioTrack).toBe('live');
      expect(media.audioState).toBe('playable');
      expect(media.audioLevel, `${other}'s fake microphone is heard`).toBeGreaterThan(0.01);
    }
    // daily-react's DailyAudio plays a remote microphone on this event.
    await teacher.waitForEvent('track-started', {
      trackType: 'audio',
      participant: { id: waiting.local?.id ?? '', name: 'Li Chen (parent of Maya Chen)', local: false },
    });

    await parent.leave();
    await teacher.waitForEvent('participant-left');
    expect((await parent.state()).meetingState).toBe('left-meeting');
    await teacher.leave();
    // Deliveries from different people's actions may overlap, so the order is checked only where one causes the next.
    await expect
      .poll(() => [...m.webhookTypes()].sort())
      .toEqual(
        [
          'meeting.started',
          'participant.joined',
          'waiting-participant.joined',
          'waiting-participant.left',
          'participant.joined',
          'participant.left',
          'participant.left',
          'meeting.ended',
        ].sort(),
      );
    const types = m.webhookTypes();
    expect(types.indexOf('waiting-participant.joined')).toBeLessThan(types.indexOf('waiting-participant.left'));
    expect(types.indexOf('waiting-participant.left')).toBeLessThan(types.lastIndexOf('participant.joined'));
    expect([...teacher.problems, ...parent.problems]).toEqual([]);
  });

  it(
    'measures the connection from real WebRTC stats: testCallQuality before knocking, network-quality-change in the call',
    { timeout: 90_000 },
    async () => {
      const m = await meeting({ roomName: 'etm-network' });
      const parent = await m.person();
      await expect(parent.testCallQuality()).rejects.toThrow(/after preAuth/);
      await parent.preAuth({ url: m.url, token: m.parentToken });
      const test = (await parent.testCallQuality()) as {
        result: string;
        secondsElapsed: number;
        data: Record<string, number | null>;
      };
      // Loopback on one machine: no loss, a round trip of well under 300 ms, and the encoder given room to send.
      expect(test.result, JSON.stringify(test)).toBe('good');
      expect(test.secondsElapsed).toBeGreaterThanOrEqual(5);
      expect(test.data.maxRoundTripTime).toBeLessThan(0.3);
      expect(test.data.avgSendBitsPerSecond).toBeGreaterThan(1_100_000);
      expect((await parent.events()).map((e) => e.action)).toContain('test-completed');
      await parent.leave();

      const { teacher, parent: admitted } = await admittedParent(m);
      for (const side of [teacher, admitted]) {
        await side.waitForEvent('network-quality-change', { networkState: 'good' }, 20_000);
        expect(await side.networkState()).toBe('good');
      }
    },
  );

  it('puts a denied knocker out with "Join request rejected", then left-meeting', async () => {
    const m = await meeting();
    const { teacher, parent, knock } = await knockingParent(m);
    expect(await teacher.answer(knock.participant?.id ?? '', false)).toBe('ok');

    const error = await parent.waitForEvent('error');
    expect(error).toMatchObject({ errorMsg: 'Join request rejected', errorType: 'not-allowed', meetingState: 'error' });
    await parent.waitForEvent('left-meeting');
    const events = (await parent.events()).map((event) => event.action);
    expect(events.indexOf('left-meeting')).toBeGreaterThan(events.indexOf('error'));
    expect(await parent.accessResult()).toEqual({ granted: false, level: 'lobby' });
    expect(await parent.state()).toMatchObject({ meetingState: 'error', remotes: [], local: undefined });
    expect((await teacher.state()).waiting).toEqual([]);
    expect((await teacher.state()).remotes).toEqual([]);
  });

  it('lets a tokenless guest knock under a typed name, which the owner sees as it is', async () => {
    const m = await meeting();
    const teacher = await m.person();
    await teacher.join({ url: m.url, token: m.teacherToken });
    const guest = await m.person();
    expect(await guest.join({ url: m.url })).toEqual({ ok: true });
    expect((await guest.state()).level).toBe('lobby');
    await guest.knock('Grandpa Joe');

    const knock = await teacher.waitForEvent('waiting-participant-added');
    expect(knock.participant?.name).toBe('Grandpa Joe');
    expect(await teacher.answer(knock.participant?.id ?? '', true)).toBe('ok');
    const seen = await teacher.waitForState((state) => state.remotes.length === 1);
    expect(seen.remotes[0]).toMatchObject({ name: 'Grandpa Joe', userId: '', owner: false });
    // The webhook carries the typed name and no user id: nothing the server vouches for.
    await expect.poll(() => m.receiver.received.length).toBeGreaterThanOrEqual(5);
    const knockHook = m.receiver.received
      .map(({ rawBody }) => JSON.parse(rawBody))
      .find((body) => body.type === 'waiting-participant.joined');
    expect(knockHook.payload).toMatchObject({ user_name: 'Grandpa Joe' });
    expect(knockHook.payload.user_id).toBeUndefined();
  });

  it('keeps a knock pending while no owner is there, and shows it to the owner who arrives', async () => {
    const m = await meeting();
    const parent = await m.person();
    await parent.join({ url: m.url, token: m.parentToken });
    await parent.knock('Li Chen');
    // "The teacher is not here yet": nobody in the call, the request still pending, no answer.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await parent.state()).toMatchObject({ level: 'lobby', awaiting: 'full', present: 0, remotes: [] });
    expect(await parent.accessResult()).toBeUndefined();
    expect(m.harness.emulator.calls.waiting('etm-local-call')).toHaveLength(1);

    const teacher = await m.person();
    await teacher.join({ url: m.url, token: m.teacherToken });
    const knock = await teacher.waitForEvent('waiting-participant-added');
    expect(knock.participant?.name).toBe('Li Chen (parent of Maya Chen)');
    // The lobby learns nothing of the call (Daily: lobby members are hidden); the knock is still pending.
    expect((await parent.state()).present).toBe(0);
    expect(await teacher.answer(knock.participant?.id ?? '', true)).toBe('ok');
    await parent.waitForState((state) => state.level === 'full' && state.remotes.length === 1);
  });

  it('refuses to open before the room’s nbf: nbf-room, then left-meeting', async () => {
    const m = await meeting({ opensInMinutes: 10 });
    const teacher = await m.person();
    expect(await teacher.preAuth({ url: m.url, token: m.teacherToken })).toBe('none');
    const joined = await teacher.join({ url: m.url, token: m.teacherToken });
    expect(joined).toMatchObject({ ok: false, error: { type: 'nbf-room' } });
    const events = await teacher.events();
    const errorAt = events.findIndex((event) => event.action === 'error');
    expect(events[errorAt]).toMatchObject({ errorType: 'nbf-room', meetingState: 'error' });
    expect(events.slice(errorAt + 1).map((event) => event.action)).toEqual(['left-meeting']);
    expect(await teacher.state()).toMatchObject({ meetingState: 'error', local: undefined });
  });

  it('ejects everyone at the room’s expiry (eject_at_room_exp)', async () => {
    const m = await meeting();
    const { teacher, parent } = await admittedParent(m);
    expect(await teacher.room()).toMatchObject({
      name: m.roomName,
      config: { exp: toUnixSeconds(inMinutes(m.harness.clock, 60)), eject_at_room_exp: true },
      tokenConfig: { is_owner: true, exp: toUnixSeconds(inMinutes(m.harness.clock, 60)) },
    });
    m.harness.clock.advance(59 * 60_000);
    expect(await m.harness.emulator.calls.tick()).toEqual([]);
    m.harness.clock.advance(60_000);
    expect(await m.harness.emulator.calls.tick()).toHaveLength(2);
    for (const person of [teacher, parent]) {
      expect(await person.waitForEvent('error')).toMatchObject({ errorType: 'ejected', meetingState: 'error' });
      await person.waitForEvent('left-meeting');
    }
  });

  it('ejects through POST /rooms/:name/eject', async () => {
    const m = await meeting();
    const { teacher, parent } = await admittedParent(m);
    await m.harness.client().ejectParticipants(m.roomName, { user_ids: ['parent-1'] });
    expect(await parent.waitForEvent('error')).toMatchObject({ errorType: 'ejected' });
    await parent.waitForEvent('left-meeting');
    await teacher.waitForEvent('participant-left');
    expect((await teacher.state()).remotes).toEqual([]);
  });

  it('lets the owner end the call for everyone', async () => {
    const m = await meeting();
    const { teacher, parent } = await admittedParent(m);
    await teacher.endForEveryone();
    expect(await parent.waitForEvent('error')).toMatchObject({ errorType: 'ejected' });
    expect((await teacher.state()).meetingState).toBe('left-meeting');
    await expect.poll(() => m.harness.emulator.calls.participants()).toEqual([]);
  });

  it('refuses a join beyond max_participants: meeting-full', async () => {
    const m = await meeting();
    await m.harness.client().updateRoom(m.roomName, { properties: { max_participants: 1 } });
    const teacher = await m.person();
    await teacher.join({ url: m.url, token: m.teacherToken });
    const second = await m.person();
    expect(await second.join({ url: m.url, token: m.teacherToken })).toMatchObject({
      ok: false,
      error: { type: 'meeting-full' },
    });
    await second.waitForEvent('left-meeting');
  });

  it('counts a closed tab as leaving', async () => {
    const m = await meeting();
    const { teacher, parent } = await admittedParent(m);
    await parent.close();
    await teacher.waitForEvent('participant-left');
    await expect.poll(() => m.webhookTypes()).toContain('participant.left');
    expect(m.harness.emulator.calls.participants().map((p) => p.userId)).toEqual(['teacher-1']);
  });

  it('shows a camera switched off as off to the other side, and back on', async () => {
    const m = await meeting();
    const { teacher, parent } = await admittedParent(m);
    await parent.setLocalVideo(false);
    expect((await parent.localSummary())?.video).toBe('off');
    await teacher.waitForState((state) => state.remotes[0]?.video === 'off');
    await parent.setLocalVideo(true);
    await teacher.waitForState((state) => state.remotes[0]?.video === 'playable');
    expect((await teacher.remoteMedia()).videoWidth).toBeGreaterThan(0);
  });
});
