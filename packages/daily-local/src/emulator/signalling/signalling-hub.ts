import { randomUUID } from 'node:crypto';
import type { CallEvent, CallRegistry, PresentParticipant } from '../call-registry.ts';
import { admissionError, ejectionError } from './call-errors.ts';
import { parseClientMessage } from './client-messages.ts';
import { NO_MEDIA, participantInfo, waitingIdOf, waitingInfo } from './participant-info.ts';
import type { CallError, CallSnapshot, ClientMessage, MediaState, RoomInfo, ServerMessage } from './protocol.ts';
import { roomInfo } from './room-info.ts';

/** The transport under one browser's connection (a WebSocket in production, a fake in unit tests). */
export interface SignallingSocket {
  send(frame: string): void;
  close(): void;
}

/** What the transport calls for one connection. Both return once the hub has handled the frame. */
export interface SignallingConnection {
  receive(frame: string): Promise<void>;
  /** The socket closed, for whatever reason: that counts as leaving the call or the lobby. */
  closed(): Promise<void>;
}

/**
 * idle → (join) → lobby → (request-access) → joining → waiting → present, or straight joining → present.
 * `done` is terminal: left, rejected, denied, ejected or dropped.
 */
type ConnectionState = 'idle' | 'lobby' | 'joining' | 'waiting' | 'present' | 'done';

interface Connection {
  socket: SignallingSocket;
  state: ConnectionState;
  sessionId: string | undefined;
  roomName: string | undefined;
  token: string | undefined;
  userName: string | undefined;
  room: RoomInfo | undefined;
  media: MediaState;
  /** Frames are handled one after another, so a quick join + request-access keeps its order. */
  queue: Promise<void>;
}

/**
 * Drives the emulator's CallRegistry for browsers: admission, the lobby, presence, owners' answers,
 * ejection, and relaying WebRTC negotiation between people in the same call. The registry decides
 * everything about who may be where (tokens are verified there, never trusted from the browser);
 * this hub follows its events and tells the affected browsers.
 */
export class SignallingHub {
  /** Connections that have a session id (joined, knocking or in the lobby). */
  private readonly sessions = new Map<string, Connection>();

  constructor(private readonly calls: CallRegistry) {
    calls.subscribe((event) => this.onCallEvent(event));
  }

  open(socket: SignallingSocket): SignallingConnection {
    const connection: Connection = {
      socket,
      state: 'idle',
      sessionId: undefined,
      roomName: undefined,
      token: undefined,
      userName: undefined,
      room: undefined,
      media: NO_MEDIA,
      queue: Promise.resolve(),
    };
    const enqueue = (work: () => Promise<void>): Promise<void> => {
      connection.queue = connection.queue.then(work);
      return connection.queue;
    };
    return {
      receive: (frame) => {
        const parsed = parseClientMessage(frame);
        if (!parsed.ok) {
          this.send(connection, { type: 'protocol-error', msg: parsed.reason });
          return Promise.resolve();
        }
        const { message } = parsed;
        // Relays touch no registry state, so they skip the queue: a join or an admit waits there for
        // Daily's webhooks to be delivered, and media negotiation must not wait behind them.
        if (message.type === 'signal' || message.type === 'media' || message.type === 'app-message') {
          this.relay(connection, message);
          return Promise.resolve();
        }
        return enqueue(async () => {
          try {
            await this.handle(connection, message);
          } catch (error) {
            // A request that waits for an answer always gets one, even when a race made it fail
            // (e.g. the knocker hung up while the owner clicked "admit").
            const msg = error instanceof Error ? error.message : 'internal error';
            this.send(
              connection,
              'ref' in message ? { type: 'ack', ref: message.ref, error: msg } : { type: 'protocol-error', msg },
            );
          }
        });
      },
      closed: () => enqueue(() => this.drop(connection).catch(() => {})),
    };
  }

  private async handle(connection: Connection, message: ClientMessage): Promise<void> {
    switch (message.type) {
      case 'pre-auth': {
        const preview = await this.calls.preview(message);
        this.send(connection, {
          type: 'pre-auth-result',
          ref: message.ref,
          level: preview.status === 'rejected' ? 'none' : preview.status,
          ...(preview.status === 'rejected' ? {} : { room: roomInfo(preview.room, preview.token) }),
        });
        return;
      }
      case 'join':
        return this.join(connection, message);
      case 'request-access':
        // Asking again (another name) while waiting changes nothing here: the registry keeps the first knock.
        if (connection.state === 'lobby') await this.enter(connection, message.name || connection.userName);
        return;
      case 'answer-knock':
        return this.answerKnock(connection, message);
      case 'eject':
        return this.eject(connection, message);
      case 'media':
      case 'signal':
      case 'app-message':
        return this.relay(connection, message);
      case 'leave':
        await this.drop(connection);
        connection.socket.close();
        return;
    }
  }

  private relay(
    connection: Connection,
    message: Extract<ClientMessage, { type: 'media' | 'signal' | 'app-message' }>,
  ): void {
    switch (message.type) {
      case 'media': {
        connection.media = message.media;
        const participant = this.calls
          .participants(connection.roomName)
          .find((p) => p.sessionId === connection.sessionId);
        if (connection.state === 'present' && participant !== undefined) {
          this.toOthersPresent(connection, {
            type: 'participant-updated',
            participant: participantInfo(participant, connection.media),
          });
        }
        return;
      }
      case 'signal': {
        const target = this.sessions.get(message.to);
        if (connection.state !== 'present' || target?.state !== 'present' || target.roomName !== connection.roomName)
          return;
        const { type: _type, to: _to, ...payload } = message;
        this.send(target, { type: 'signal', from: connection.sessionId ?? '', ...payload });
        return;
      }
      case 'app-message':
        if (connection.state !== 'present') return;
        for (const other of this.othersPresent(connection)) {
          if (message.to === undefined || message.to === other.sessionId) {
            this.send(other, { type: 'app-message', from: connection.sessionId ?? '', data: message.data });
          }
        }
        return;
    }
  }

  private async join(connection: Connection, message: Extract<ClientMessage, { type: 'join' }>): Promise<void> {
    if (connection.state !== 'idle') throw new Error('this connection has already joined');
    const preview = await this.calls.preview(message);
    if (preview.status === 'rejected')
      return this.refuse(connection, { type: 'rejected', error: admissionError(preview.error) });
    // Chosen here, before any knock, so the id a browser holds in the lobby stays its id in the call.
    const sessionId = randomUUID();
    const room = roomInfo(preview.room, preview.token);
    connection.sessionId = sessionId;
    connection.roomName = message.roomName;
    connection.token = message.token;
    connection.userName = message.userName;
    connection.room = room;
    connection.media = message.media;
    this.sessions.set(sessionId, connection);
    if (preview.status === 'full') return this.enter(connection, message.userName);
    connection.state = 'lobby';
    this.send(connection, {
      type: 'lobby',
      you: {
        session_id: sessionId,
        user_name: preview.token?.user_name ?? message.userName ?? null,
        user_id: preview.token?.user_id ?? null,
      },
      room,
      // Daily: lobby members are "connected but hidden from other participants" (waiting-room guide);
      // what they learn of the call is undocumented, so the stand-in tells them nothing.
      present: 0,
    });
  }

  /** Into the call, or into the registry's lobby to knock: the registry decides which. */
  private async enter(connection: Connection, userName: string | undefined): Promise<void> {
    const { roomName, sessionId, token } = connection;
    if (roomName === undefined || sessionId === undefined) return;
    connection.state = 'joining';
    // The registry's events (joined / waiting) move the connection on; see onCallEvent.
    const outcome = await this.calls.join({ roomName, sessionId, userName, ...(token === undefined ? {} : { token }) });
    if (outcome.status === 'rejected' && connection.state === 'joining') {
      this.refuse(connection, { type: 'rejected', error: admissionError(outcome.error) });
    }
  }

  private async answerKnock(
    connection: Connection,
    message: Extract<ClientMessage, { type: 'answer-knock' }>,
  ): Promise<void> {
    const error =
      this.ownerProblem(connection) ??
      (this.waitingHere(connection, message.id) ? undefined : 'nobody with that id is waiting');
    const sessionId = this.waitingSessionOf(connection, message.id);
    if (error !== undefined || sessionId === undefined)
      return this.send(connection, { type: 'ack', ref: message.ref, error: error ?? 'nobody with that id is waiting' });
    if (message.grant) {
      const outcome = await this.calls.admit(sessionId);
      // Admission is checked again on entry: the room may have filled or closed since the knock.
      const knocker = this.sessions.get(sessionId);
      if (outcome.status === 'rejected' && knocker !== undefined)
        this.refuse(knocker, { type: 'rejected', error: admissionError(outcome.error) });
    } else {
      await this.calls.deny(sessionId);
    }
    this.send(connection, { type: 'ack', ref: message.ref });
  }

  private async eject(connection: Connection, message: Extract<ClientMessage, { type: 'eject' }>): Promise<void> {
    const error = this.ownerProblem(connection);
    const roomName = connection.roomName;
    if (error !== undefined || roomName === undefined)
      return this.send(connection, { type: 'ack', ref: message.ref, error: error ?? 'not in a call' });
    // '*' is daily-js's "everyone else", as in updateParticipants({ '*': { eject: true } }).
    const ids =
      message.ids === '*'
        ? this.calls
            .participants(roomName)
            .map((p) => p.sessionId)
            .filter((id) => id !== connection.sessionId)
        : message.ids;
    await this.calls.eject(roomName, { ids });
    this.send(connection, { type: 'ack', ref: message.ref });
  }

  /** The connection goes away: a socket dropping counts as leaving the call or the lobby. */
  private async drop(connection: Connection): Promise<void> {
    const { state, sessionId } = connection;
    connection.state = 'done';
    if (sessionId === undefined) return;
    if (this.sessions.get(sessionId) === connection) this.sessions.delete(sessionId);
    if (state === 'present' || state === 'waiting' || state === 'joining') await this.calls.leave(sessionId);
  }

  private onCallEvent(event: CallEvent): void {
    const { participant } = event;
    const connection = this.sessions.get(participant.sessionId);
    switch (event.type) {
      case 'joined': {
        if (connection !== undefined && (connection.state === 'joining' || connection.state === 'waiting')) {
          const admitted = connection.state === 'waiting';
          connection.state = 'present';
          const snapshot = this.snapshot(connection, event.participant);
          this.send(connection, admitted ? { type: 'admitted', ...snapshot } : { type: 'joined', ...snapshot });
        }
        const info = participantInfo(event.participant, connection?.media ?? NO_MEDIA);
        this.toRoom(
          participant.roomName,
          ['present'],
          { type: 'participant-joined', participant: info },
          participant.sessionId,
        );
        this.presenceChanged(participant.roomName);
        return;
      }
      case 'left': {
        if (connection !== undefined && connection.state === 'present') {
          if (event.reason === 'left') connection.state = 'done';
          else this.refuse(connection, { type: 'ejected', error: ejectionError(event.reason) });
        }
        this.toRoom(participant.roomName, ['present'], { type: 'participant-left', id: participant.sessionId });
        this.presenceChanged(participant.roomName);
        return;
      }
      case 'waiting': {
        if (connection !== undefined && connection.state === 'joining') {
          connection.state = 'waiting';
          this.send(connection, { type: 'waiting' });
        }
        for (const owner of this.ownersIn(participant.roomName))
          this.send(owner, { type: 'waiting-added', participant: waitingInfo(event.participant) });
        return;
      }
      case 'waiting-ended': {
        for (const owner of this.ownersIn(participant.roomName))
          this.send(owner, { type: 'waiting-removed', id: waitingIdOf(participant.sessionId) });
        if (connection === undefined || connection.state !== 'waiting') return;
        // 'admitted' is followed by 'joined' (or a rejection from answerKnock); 'left' while still waiting
        // means the room went away under the knocker.
        if (event.outcome === 'denied') this.refuse(connection, { type: 'denied' });
        if (event.outcome === 'left') this.refuse(connection, { type: 'rejected', error: admissionError('no-room') });
        return;
      }
    }
  }

  /** A final word to the browser, then the socket closes; nothing more happens on this connection. */
  private refuse(
    connection: Connection,
    message: { type: 'rejected' | 'ejected'; error: CallError } | { type: 'denied' },
  ): void {
    connection.state = 'done';
    if (connection.sessionId !== undefined && this.sessions.get(connection.sessionId) === connection)
      this.sessions.delete(connection.sessionId);
    this.send(connection, message);
    connection.socket.close();
  }

  private snapshot(connection: Connection, participant: PresentParticipant): CallSnapshot {
    const others = this.calls
      .participants(participant.roomName)
      .filter((other) => other.sessionId !== participant.sessionId);
    return {
      you: participantInfo(participant, connection.media),
      participants: others.map((other) =>
        participantInfo(other, this.sessions.get(other.sessionId)?.media ?? NO_MEDIA),
      ),
      waiting: participant.owner ? this.calls.waiting(participant.roomName).map(waitingInfo) : [],
      room: connection.room ?? { id: '', name: participant.roomName, config: {}, tokenConfig: {} },
      meetingId: participant.meetingId,
    };
  }

  private ownerProblem(connection: Connection): string | undefined {
    if (connection.state !== 'present') return 'not in the call';
    const me = this.calls.participants(connection.roomName).find((p) => p.sessionId === connection.sessionId);
    return me?.owner === true ? undefined : 'only an owner may do this';
  }

  private waitingHere(connection: Connection, id: string): boolean {
    return this.waitingSessionOf(connection, id) !== undefined;
  }

  /** The session id behind a waiting participant's id, if they wait in this owner's room. */
  private waitingSessionOf(connection: Connection, id: string): string | undefined {
    if (connection.roomName === undefined) return undefined;
    return this.calls.waiting(connection.roomName).find((waiting) => waitingIdOf(waiting.sessionId) === id)?.sessionId;
  }

  private *connectionsIn(roomName: string, states: readonly ConnectionState[]): Generator<Connection> {
    for (const connection of this.sessions.values()) {
      if (connection.roomName === roomName && states.includes(connection.state)) yield connection;
    }
  }

  private ownersIn(roomName: string): Connection[] {
    const owners = new Set(
      this.calls
        .participants(roomName)
        .filter((p) => p.owner)
        .map((p) => p.sessionId),
    );
    return [...this.connectionsIn(roomName, ['present'])].filter((connection) =>
      owners.has(connection.sessionId ?? ''),
    );
  }

  private othersPresent(connection: Connection): Connection[] {
    if (connection.roomName === undefined) return [];
    return [...this.connectionsIn(connection.roomName, ['present'])].filter((other) => other !== connection);
  }

  private toOthersPresent(connection: Connection, message: ServerMessage): void {
    for (const other of this.othersPresent(connection)) this.send(other, message);
  }

  private toRoom(
    roomName: string,
    states: readonly ConnectionState[],
    message: ServerMessage,
    exceptSessionId?: string,
  ): void {
    for (const connection of this.connectionsIn(roomName, states)) {
      if (connection.sessionId !== exceptSessionId) this.send(connection, message);
    }
  }

  private presenceChanged(roomName: string): void {
    const present = this.calls.participants(roomName).length;
    // Only to those in the call: the lobby sees nothing of it (see the 'lobby' message).
    this.toRoom(roomName, ['present'], { type: 'presence', present });
  }

  private send(connection: Connection, message: ServerMessage): void {
    try {
      connection.socket.send(JSON.stringify(message));
    } catch {
      // The socket is closing; its close handler cleans up.
    }
  }
}
