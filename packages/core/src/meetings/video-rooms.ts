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
  /** Creates the room, or brings an existing one to this window. Safe to repeat. */
  ensureRoom(name: string, window: RoomWindow): Promise<ProvisionedRoom>;
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
}
