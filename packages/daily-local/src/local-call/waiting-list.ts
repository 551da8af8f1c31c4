import type { DailyEventObjectWaitingParticipant, DailyWaitingParticipant } from '@daily-co/daily-js';
import type { WaitingInfo } from '../emulator/signalling/protocol.ts';

type WaitingAction = DailyEventObjectWaitingParticipant['action'];

const copy = (info: WaitingInfo): DailyWaitingParticipant => ({ ...info, awaitingAccess: { ...info.awaitingAccess } });

/** An owner's view of the knockers: waitingParticipants(), a new object after every change. */
export class WaitingList {
  private current: Record<string, DailyWaitingParticipant> = {};

  all(): Record<string, DailyWaitingParticipant> {
    return this.current;
  }

  ids(): string[] {
    return Object.keys(this.current);
  }

  /** Replaces the list (on entering the call); returns the `added` events to send. */
  reset(waiting: WaitingInfo[]): { action: WaitingAction; participant: DailyWaitingParticipant }[] {
    this.current = Object.fromEntries(waiting.map((info) => [info.id, copy(info)]));
    return Object.values(this.current).map((participant) => ({ action: 'waiting-participant-added', participant }));
  }

  add(info: WaitingInfo): { action: WaitingAction; participant: DailyWaitingParticipant } {
    const known = this.current[info.id] !== undefined;
    const participant = copy(info);
    this.current = { ...this.current, [info.id]: participant };
    return { action: known ? 'waiting-participant-updated' : 'waiting-participant-added', participant };
  }

  remove(id: string): { action: WaitingAction; participant: DailyWaitingParticipant } | undefined {
    const { [id]: removed, ...rest } = this.current;
    if (removed === undefined) return undefined;
    this.current = rest;
    return { action: 'waiting-participant-removed', participant: removed };
  }
}
