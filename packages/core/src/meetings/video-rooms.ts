/**
 * What the meeting services need from a video provider. The server implements it with the Daily
 * client (or the local emulator); nothing in core knows Daily's API.
 */
export interface RoomWindow {
  opensAt: Date;
  closesAt: Date;
}

export interface ProvisionedRoom {
  name: string;
  url: string;
}

export interface VideoRooms {
  /** 'daily' is the real service; 'local' the emulator and the browsers' local call engine. */
  readonly mode: 'daily' | 'local';
  /**
   * Local mode with the emulator running on its own (not inside the server): where browsers reach its
   * call signalling. Unset: the app's own origin (/local-call/signal).
   */
  readonly signallingUrl?: string;
  /** The room name an appointment always maps to (opaque, no personal data). */
  roomNameFor(appointmentId: string): string;
  /** Whether a room name is one of ours (reconcile leaves other rooms alone). */
  isOurRoom(name: string): boolean;
  /**
   * Creates the room, or brings an existing one to this window and size. Safe to repeat. `hosts`:
   * how many teachers run the meeting (a joint meeting has 2-3), so the room has a seat for each.
   */
  ensureRoom(name: string, window: RoomWindow, hosts?: number): Promise<ProvisionedRoom>;
  /** Deletes the room; one that is already gone counts as done. */
  deleteRoom(name: string): Promise<void>;
  /** Every room of ours that exists at the provider. */
  listRooms(): Promise<{ name: string }[]>;
  mintToken(input: {
    roomName: string;
    role: 'teacher' | 'guardian';
    userId: string;
    userName: string;
    expiresAt: Date;
  }): Promise<string>;
  /** Ends the call for everyone in the room now; a room that is already gone counts as done. */
  endCall(roomName: string): Promise<void>;
  /**
   * The token user ids of everyone in the room's call right now, from the provider (not from the
   * browsers). Answers may be a few seconds old: the adapter caches to stay within rate limits.
   */
  presentUserIds(roomName: string): Promise<string[]>;
  /** Who was in each call the room had, from the provider's own record (independent of webhooks). */
  callAttendance(roomName: string): Promise<CallAttendance[]>;
  /**
   * Our webhook at the provider: its state, re-activated first when the provider stopped sending
   * (Daily's circuit breaker marks it FAILED). `registered: false` when there is none.
   */
  checkWebhook(): Promise<WebhookCheck>;
}

export interface CallAttendance {
  /** The provider's session id of one person's stay in the call. */
  sessionId: string;
  /** The user id from the token they joined with; null without one. */
  userId: string | null;
  userName: string | null;
  joinedAt: Date;
  durationSeconds: number;
}

export type WebhookCheck =
  | { registered: false }
  | {
      registered: true;
      /** The provider's state as it was found (before any re-activation). */
      state: string;
      failedCount: number | null;
      /** It was stopped and this check turned it back on. */
      reactivated: boolean;
      /** Why it is not delivering to us, in words for an admin; unset when all is well. */
      problem?: string;
    };
