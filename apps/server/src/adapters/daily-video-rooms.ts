import {
  isDailyNotFound,
  isOurRoomName,
  parentTokenProperties,
  roomNameFor,
  roomNeedsUpdate,
  roomPropertiesFor,
  teacherTokenProperties,
  type DailyClient,
} from '@edutrack/daily';
import type { CallAttendance, VideoRooms, WebhookCheck } from '@edutrack/core';
import { cachedPresence } from './cached-presence.ts';

/** The core's video port, implemented with the Daily REST client (real Daily or the emulator). */
export function dailyVideoRooms(
  client: DailyClient,
  options: {
    prefix: string;
    mode: 'daily' | 'local';
    signallingUrl?: string;
    /** Where our webhook should point (PUBLIC_URL/webhooks/daily); unset: whichever the domain has. */
    webhookUrl?: string;
    /**
     * Milliseconds, for the presence cache's lifetime. It bounds requests over real elapsed time, so
     * it is a monotonic timer by default, not the domain clock (a test's frozen clock would keep the
     * first answer forever); tests of the cache itself pass their own.
     */
    now?: () => number;
  },
): VideoRooms {
  const presence = cachedPresence(() => client.getPresence(), options.now ?? (() => performance.now()));
  return {
    mode: options.mode,
    signallingUrl: options.signallingUrl,
    roomNameFor: (appointmentId) => roomNameFor(appointmentId, options.prefix),
    isOurRoom: (name) => isOurRoomName(name, options.prefix),

    async ensureRoom(name, window, hosts) {
      const wanted = roomPropertiesFor(window, hosts);
      const { room, created } = await client.ensureRoom(name, wanted);
      // An existing room (a retry, a reschedule) is brought to the wanted window and settings.
      const current = !created && roomNeedsUpdate(room, wanted) ? await client.updateRoom(name, wanted) : room;
      return { name, url: current.url ?? room.url ?? '' };
    },

    async deleteRoom(name) {
      await client.deleteRoomIfExists(name);
    },

    async listRooms() {
      return (await client.listAllRooms()).flatMap((room) => (room.name ? [{ name: room.name }] : []));
    },

    async mintToken({ roomName, role, userId, userName, expiresAt }) {
      const holder = { roomName, userId, userName, exp: expiresAt };
      return client.createMeetingToken(
        role === 'teacher' ? teacherTokenProperties(holder) : parentTokenProperties(holder),
      );
    },

    async endCall(roomName) {
      // Daily ejects by participant id, so "everyone" is whoever its presence lists right now.
      // A room that is already gone has no one in it (a retried job may get here after deleting it).
      const presence = await client.getRoomPresence(roomName).catch((error: unknown) => {
        if (isDailyNotFound(error)) return { data: [] };
        throw error;
      });
      const ids = (presence.data ?? []).flatMap((p) => (p.id ? [p.id] : []));
      if (ids.length) await client.ejectParticipants(roomName, { ids });
    },

    async presentUserIds(roomName) {
      const everyone = (await presence()) as Record<string, { userId?: string | null }[] | undefined>;
      return (everyone[roomName] ?? []).flatMap((p) => (p.userId ? [p.userId] : []));
    },

    async callAttendance(roomName) {
      // A parent-teacher room has a handful of sessions at most; 100 (Daily's page size) is plenty.
      const page = await client.listMeetings({ room: roomName, limit: 100 });
      const stays: CallAttendance[] = [];
      for (const meeting of page.data ?? []) {
        const participants =
          meeting.participants ?? (meeting.id ? ((await client.listMeetingParticipants(meeting.id)).data ?? []) : []);
        for (const p of participants) {
          if (!p.participant_id || p.join_time === undefined) continue;
          stays.push({
            sessionId: p.participant_id,
            userId: p.user_id ?? null,
            userName: p.user_name ?? null,
            joinedAt: new Date(p.join_time * 1000),
            durationSeconds: p.duration ?? 0,
          });
        }
      }
      return stays;
    },

    checkWebhook: () => checkDailyWebhook(client, options.webhookUrl),
  };
}

/**
 * Daily keeps one webhook per domain and reports its `state` ("FAILED" | "INACTIVE" in the spec; older
 * docs give numbers, FAILED: 0, ACTIVE: 1, STOPPED: 2, so both readings are accepted). A FAILED one is
 * re-activated by updating it with the same URL (docs.daily.co/reference/rest-api/webhooks/update);
 * Daily then test-posts to it and answers 400 if it cannot reach us, which is reported, not thrown.
 */
async function checkDailyWebhook(client: DailyClient, expectedUrl: string | undefined): Promise<WebhookCheck> {
  const webhooks = await client.listWebhooks();
  const ours = webhooks.find((w) => w.url === expectedUrl) ?? webhooks[0];
  if (!ours?.uuid) return { registered: false };
  const state = String(ours.state ?? 'unknown');
  const failedCount = typeof ours.failedCount === 'number' ? ours.failedCount : null;
  const wrongUrl =
    expectedUrl && ours.url !== expectedUrl
      ? `Daily's webhook points at another address. Run \`pnpm daily:webhook\` on this server.`
      : undefined;
  const stopped = state === 'FAILED' || state === '0' || state === 'STOPPED' || state === '2';
  if (!stopped || !ours.url) return { registered: true, state, failedCount, reactivated: false, problem: wrongUrl };
  try {
    await client.updateWebhook(ours.uuid, { url: ours.url });
    return { registered: true, state, failedCount, reactivated: true, problem: wrongUrl };
  } catch {
    return {
      registered: true,
      state,
      failedCount,
      reactivated: false,
      problem: 'Daily stopped sending webhooks and could not reach this server to turn them back on.',
    };
  }
}
