import { randomUUID } from 'node:crypto';
import type { Clock } from '@edutrack/daily';
import type { MeetingTokenProperties } from '@edutrack/daily';
import { decideAdmission, ejectionTime, type AdmissionError } from './admission.ts';
import {
  meetingEndedPayload,
  meetingStartedPayload,
  participantLeftPayload,
  participantPayload,
  type CallParticipant,
  type MeetingSession,
} from './call-webhook-payloads.ts';
import type { MeetingTokens } from './meeting-tokens.ts';
import type { RoomStore, StoredRoom } from './room-store.ts';
import type { WebhookSender } from './webhook-sender.ts';

export type { CallParticipant, MeetingSession } from './call-webhook-payloads.ts';

export interface PresentParticipant extends CallParticipant {
  meetingId: string;
}

export interface WaitingParticipant extends CallParticipant {
  /** Kept to fix the ejection time when an owner admits them. */
  token: MeetingTokenProperties | undefined;
}

export interface JoinRequest {
  roomName: string;
  /** A meeting token; without one the person is a guest. */
  token?: string;
  /** The name a guest typed; a token's user_name wins. */
  userName?: string;
  /**
   * The session id to use. A signalling server picks it before knocking, so the id a browser holds in
   * the lobby stays its id in the call, as on Daily. Random when unset.
   */
  sessionId?: string;
}

/** What a join would do now, without doing it: daily-js's preAuth, and the stand-in's lobby before the knock. */
export type JoinPreview =
  | { status: 'full' | 'lobby'; room: StoredRoom; token: MeetingTokenProperties | undefined }
  | { status: 'rejected'; error: AdmissionError };

export type JoinOutcome =
  | { status: 'joined'; participant: PresentParticipant }
  | { status: 'waiting'; participant: WaitingParticipant }
  | { status: 'rejected'; error: AdmissionError };

/** `ejected`: by the REST API or an owner; `expired`: the room's (or token's) ejection time came. */
export type LeaveReason = 'left' | 'ejected' | 'expired' | 'room-deleted';

/** What a signalling layer needs to follow, e.g. to disconnect a peer the REST API ejected. */
export type CallEvent =
  | { type: 'joined'; participant: PresentParticipant }
  | { type: 'left'; participant: PresentParticipant; reason: LeaveReason }
  | { type: 'waiting'; participant: WaitingParticipant }
  | { type: 'waiting-ended'; participant: WaitingParticipant; outcome: 'admitted' | 'denied' | 'left' };

export interface CallRegistryDeps {
  rooms: RoomStore;
  tokens: MeetingTokens;
  webhooks: WebhookSender;
  clock: Clock;
}

/**
 * Who is in which call, who waits in a lobby, and the meeting sessions they make up. Daily's rules
 * for entering are enforced here (see admission.ts); every change is sent as Daily's webhook.
 * Promises resolve once the webhook deliveries are done, so tests can await them.
 */
export class CallRegistry {
  private readonly present = new Map<string, PresentParticipant>();
  private readonly lobby = new Map<string, WaitingParticipant>();
  private readonly sessions: MeetingSession[] = [];
  private readonly listeners = new Set<(event: CallEvent) => void>();

  constructor(private readonly deps: CallRegistryDeps) {}

  subscribe(listener: (event: CallEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  participants(roomName?: string): PresentParticipant[] {
    return [...this.present.values()].filter(
      (participant) => roomName === undefined || participant.roomName === roomName,
    );
  }

  waiting(roomName?: string): WaitingParticipant[] {
    return [...this.lobby.values()].filter(
      (participant) => roomName === undefined || participant.roomName === roomName,
    );
  }

  /** Meeting sessions in the order they started. */
  meetings(): readonly MeetingSession[] {
    return this.sessions;
  }

  async preview({ roomName, token }: Pick<JoinRequest, 'roomName' | 'token'>): Promise<JoinPreview> {
    const claims = await this.verifiedClaims(token);
    if (!claims.ok) return { status: 'rejected', error: 'not-allowed' };
    const room = this.deps.rooms.peek(roomName);
    const admission = decideAdmission({
      room,
      token: claims.properties,
      now: this.deps.clock.now(),
      present: this.participants(roomName).length,
    });
    if (admission.kind === 'reject') return { status: 'rejected', error: admission.error };
    // decideAdmission rejects a missing room, so a room is there whenever it lets someone through.
    if (room === undefined) return { status: 'rejected', error: 'no-room' };
    return { status: admission.kind === 'join' ? 'full' : 'lobby', room, token: claims.properties };
  }

  async join({ roomName, token, userName, sessionId }: JoinRequest): Promise<JoinOutcome> {
    const verified = await this.verifiedClaims(token);
    if (!verified.ok) return { status: 'rejected', error: 'not-allowed' };
    const claims = verified.properties;
    if (sessionId !== undefined && (this.present.has(sessionId) || this.lobby.has(sessionId))) {
      throw new Error(`session ${sessionId} is already in a call`);
    }
    const now = this.deps.clock.now();
    const room = this.deps.rooms.peek(roomName);
    const admission = decideAdmission({ room, token: claims, now, present: this.participants(roomName).length });
    if (admission.kind === 'reject') return { status: 'rejected', error: admission.error };
    const person = {
      sessionId: sessionId ?? randomUUID(),
      roomName,
      userId: claims?.user_id ?? null,
      userName: claims?.user_name ?? userName ?? null,
      joinedAt: now,
    };
    if (admission.kind === 'join') {
      return {
        status: 'joined',
        participant: await this.enter({ ...person, owner: admission.owner, willEjectAt: admission.willEjectAt }),
      };
    }
    const waiting: WaitingParticipant = { ...person, owner: false, willEjectAt: null, token: claims };
    this.lobby.set(waiting.sessionId, waiting);
    this.notify({ type: 'waiting', participant: waiting });
    await this.deps.webhooks.emit('waiting-participant.joined', participantPayload(waiting));
    return { status: 'waiting', participant: waiting };
  }

  /** An owner lets a knocker in. Daily only lets an owner who is in the call answer a knock. */
  async admit(sessionId: string): Promise<JoinOutcome> {
    const waiting = this.requireWaiting(sessionId);
    if (!this.participants(waiting.roomName).some((participant) => participant.owner)) {
      throw new Error(`no owner is in room ${waiting.roomName} to admit ${sessionId}`);
    }
    await this.removeFromLobby(waiting, 'admitted');
    const now = this.deps.clock.now();
    const room = this.deps.rooms.peek(waiting.roomName);
    // Admission is checked again without the knock: the room may have closed or filled meanwhile.
    const admission = decideAdmission({
      room,
      token: { ...waiting.token, knocking: false },
      now,
      present: this.participants(waiting.roomName).length,
    });
    if (admission.kind === 'reject') return { status: 'rejected', error: admission.error };
    const { token, ...person } = waiting;
    const willEjectAt = room === undefined ? null : ejectionTime(room, token, now);
    return { status: 'joined', participant: await this.enter({ ...person, owner: false, joinedAt: now, willEjectAt }) };
  }

  async deny(sessionId: string): Promise<void> {
    await this.removeFromLobby(this.requireWaiting(sessionId), 'denied');
  }

  /** Someone leaves the call, or the lobby. */
  async leave(sessionId: string, reason: LeaveReason = 'left'): Promise<void> {
    const waiting = this.lobby.get(sessionId);
    if (waiting !== undefined) return this.removeFromLobby(waiting, 'left');
    const participant = this.present.get(sessionId);
    if (participant === undefined) return;
    const now = this.deps.clock.now();
    this.present.delete(sessionId);
    const session = this.sessions.find((candidate) => candidate.id === participant.meetingId);
    const record = session?.attendance.find((entry) => entry.sessionId === sessionId && entry.leftAt === null);
    if (record !== undefined) record.leftAt = now;
    this.notify({ type: 'left', participant, reason });
    await this.deps.webhooks.emit('participant.left', participantLeftPayload(participant, now));
    if (session !== undefined && this.participants(participant.roomName).length === 0) {
      session.endedAt = now;
      await this.deps.webhooks.emit('meeting.ended', meetingEndedPayload(session, now));
    }
  }

  /** `POST /rooms/:name/eject`: by session id or by token user id. Returns the ejected session ids. */
  async eject(roomName: string, { ids = [], userIds = [] }: { ids?: string[]; userIds?: string[] }): Promise<string[]> {
    const targets = this.participants(roomName).filter(
      (participant) =>
        ids.includes(participant.sessionId) || (participant.userId !== null && userIds.includes(participant.userId)),
    );
    for (const participant of targets) await this.leave(participant.sessionId, 'ejected');
    return targets.map((participant) => participant.sessionId);
  }

  /** A deleted room ends its call and empties its lobby. */
  async endRoom(roomName: string): Promise<void> {
    for (const waiting of this.waiting(roomName)) await this.removeFromLobby(waiting, 'left');
    for (const participant of this.participants(roomName)) await this.leave(participant.sessionId, 'room-deleted');
  }

  /** Ejects whoever's time is up. The emulator calls this on a timer; tests with a manual clock call it. */
  async tick(): Promise<string[]> {
    const now = this.deps.clock.now().getTime();
    const due = this.participants().filter(
      (participant) => participant.willEjectAt !== null && participant.willEjectAt.getTime() <= now,
    );
    for (const participant of due) await this.leave(participant.sessionId, 'expired');
    for (const waiting of this.waiting()) {
      if (this.deps.rooms.get(waiting.roomName) === undefined) await this.removeFromLobby(waiting, 'left');
    }
    return due.map((participant) => participant.sessionId);
  }

  /** A token's properties once its signature checks out; no token is fine (a guest). */
  private async verifiedClaims(
    token: string | undefined,
  ): Promise<{ ok: true; properties: MeetingTokenProperties | undefined } | { ok: false }> {
    if (token === undefined) return { ok: true, properties: undefined };
    const decoded = await this.deps.tokens.decode(token);
    return decoded.ok ? { ok: true, properties: decoded.properties } : { ok: false };
  }

  private async enter(person: CallParticipant): Promise<PresentParticipant> {
    const session = await this.ongoingSession(person.roomName, person.joinedAt);
    const participant: PresentParticipant = { ...person, meetingId: session.id };
    this.present.set(participant.sessionId, participant);
    session.attendance.push({
      sessionId: participant.sessionId,
      userId: participant.userId,
      userName: participant.userName,
      joinedAt: participant.joinedAt,
      leftAt: null,
    });
    session.peak = Math.max(session.peak, this.participants(person.roomName).length);
    this.notify({ type: 'joined', participant });
    await this.deps.webhooks.emit('participant.joined', participantPayload(participant));
    return participant;
  }

  private async ongoingSession(roomName: string, now: Date): Promise<MeetingSession> {
    const ongoing = this.sessions.find((session) => session.roomName === roomName && session.endedAt === null);
    if (ongoing !== undefined) return ongoing;
    const session: MeetingSession = {
      id: randomUUID(),
      roomName,
      startedAt: now,
      endedAt: null,
      peak: 0,
      attendance: [],
    };
    this.sessions.push(session);
    await this.deps.webhooks.emit('meeting.started', meetingStartedPayload(session));
    return session;
  }

  private requireWaiting(sessionId: string): WaitingParticipant {
    const waiting = this.lobby.get(sessionId);
    if (waiting === undefined) throw new Error(`nobody with session ${sessionId} is waiting`);
    return waiting;
  }

  private async removeFromLobby(waiting: WaitingParticipant, outcome: 'admitted' | 'denied' | 'left'): Promise<void> {
    this.lobby.delete(waiting.sessionId);
    this.notify({ type: 'waiting-ended', participant: waiting, outcome });
    await this.deps.webhooks.emit('waiting-participant.left', participantLeftPayload(waiting, this.deps.clock.now()));
  }

  private notify(event: CallEvent): void {
    for (const listener of this.listeners) {
      // A failing listener must not break the emulator's own bookkeeping.
      try {
        listener(event);
      } catch {
        // Ignored: the listener's failure is its own business.
      }
    }
  }
}
