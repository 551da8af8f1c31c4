/**
 * The local call's signalling protocol: JSON text frames over one WebSocket per call object.
 * Shared by the emulator's signalling server and the browser stand-in (`@edutrack/daily-local/local-call`),
 * so this file holds types and constants only: no Node imports, nothing the browser bundle can't load.
 */

/** Where the signalling server listens, on the emulator and on the app server's own origin. */
export const LOCAL_CALL_SIGNALLING_PATH = '/local-call/signal';

/** daily-js's fatal error types, as the stand-in reports them in `error` events. */
export type CallErrorType =
  | 'ejected'
  | 'nbf-room'
  | 'nbf-token'
  | 'exp-room'
  | 'exp-token'
  | 'no-room'
  | 'meeting-full'
  | 'not-allowed'
  | 'connection-error';

export interface CallError {
  type: CallErrorType;
  msg: string;
}

/** A person in the call, as the server vouches for them (identity comes from the verified token). */
export interface ParticipantInfo {
  session_id: string;
  user_id: string | null;
  user_name: string | null;
  owner: boolean;
  /** Unix milliseconds. */
  joined_at: number;
  /** Unix milliseconds; null when nobody will eject them. */
  will_eject_at: number | null;
  /** Whether they send their microphone / camera now. */
  audio: boolean;
  video: boolean;
}

/** Daily's waiting participant, as owners see it. */
export interface WaitingInfo {
  id: string;
  name: string;
  awaitingAccess: { level: 'full' };
}

/** What daily-js's `room()` answers: the room's settings and the holder's own token properties. */
export interface RoomInfo {
  id: string;
  name: string;
  config: {
    nbf?: number;
    exp?: number;
    eject_at_room_exp?: boolean;
    eject_after_elapsed?: number;
    max_participants?: number;
    enable_knocking?: boolean;
    start_video_off?: boolean;
    start_audio_off?: boolean;
  };
  tokenConfig: {
    nbf?: number;
    exp?: number;
    is_owner?: boolean;
    knocking?: boolean;
    user_name?: string;
    user_id?: string;
    eject_at_token_exp?: boolean;
    eject_after_elapsed?: number;
    start_video_off?: boolean;
    start_audio_off?: boolean;
  };
}

export interface MediaState {
  audio: boolean;
  video: boolean;
}

/** WebRTC negotiation, relayed untouched between two people in the same call. */
export interface SignalPayload {
  description?: { type: 'offer' | 'answer'; sdp: string };
  candidate?: {
    candidate: string;
    sdpMid?: string | null;
    sdpMLineIndex?: number | null;
    usernameFragment?: string | null;
  };
}

/** Everything a browser learns when it enters the call (directly, or once admitted from the lobby). */
export interface CallSnapshot {
  you: ParticipantInfo;
  /** Everyone else present. */
  participants: ParticipantInfo[];
  /** Knockers waiting now; only ever filled for owners. */
  waiting: WaitingInfo[];
  room: RoomInfo;
  meetingId: string;
}

// Browser → server. `ref` asks for an `ack` carrying the same number.
export type ClientMessage =
  | { type: 'pre-auth'; ref: number; roomName: string; token?: string }
  | { type: 'join'; roomName: string; token?: string; userName?: string; media: MediaState }
  | { type: 'request-access'; name: string }
  | { type: 'answer-knock'; ref: number; id: string; grant: boolean }
  | { type: 'eject'; ref: number; ids: string[] | '*' }
  | { type: 'media'; media: MediaState }
  | ({ type: 'signal'; to: string } & SignalPayload)
  | { type: 'app-message'; data: unknown; to?: string }
  | { type: 'leave' };

// Server → browser.
export type ServerMessage =
  | { type: 'pre-auth-result'; ref: number; level: 'full' | 'lobby' | 'none'; room?: RoomInfo }
  /** Entered the call without knocking. */
  | ({ type: 'joined' } & CallSnapshot)
  /** In the lobby, connected but hidden, until `request-access`. */
  | {
      type: 'lobby';
      you: { session_id: string; user_name: string | null; user_id: string | null };
      room: RoomInfo;
      present: number;
    }
  /** The knock is registered: owners see it now, or as soon as one joins. */
  | { type: 'waiting' }
  | ({ type: 'admitted' } & CallSnapshot)
  | { type: 'denied' }
  /** The join or knock was refused; the server closes the socket after this. */
  | { type: 'rejected'; error: CallError }
  /** Removed from the call (eject endpoint, an owner, the room's expiry or deletion); the socket closes after this. */
  | { type: 'ejected'; error: CallError }
  | { type: 'participant-joined'; participant: ParticipantInfo }
  | { type: 'participant-updated'; participant: ParticipantInfo }
  | { type: 'participant-left'; id: string }
  | { type: 'waiting-added'; participant: WaitingInfo }
  | { type: 'waiting-removed'; id: string }
  /** How many people are in the call, for those in the lobby too ("the teacher is not here yet"). */
  | { type: 'presence'; present: number }
  | ({ type: 'signal'; from: string } & SignalPayload)
  | { type: 'app-message'; from: string; data: unknown }
  | { type: 'ack'; ref: number; error?: string }
  | { type: 'protocol-error'; msg: string };
