/** `@edutrack/daily-local/emulator`: the local Daily stand-in (REST, tokens, webhooks, calls, signalling). */
export {
  createDailyEmulator,
  type DailyEmulator,
  type DailyEmulatorOptions,
  type DailyEmulatorState,
} from './create-daily-emulator.ts';
export type { FaultDecision, FaultKind, FaultSettings, FaultTiming } from './faults.ts';
export type {
  CallEvent,
  CallParticipant,
  JoinOutcome,
  JoinPreview,
  JoinRequest,
  LeaveReason,
  MeetingSession,
  PresentParticipant,
  WaitingParticipant,
} from './call-registry.ts';
export type { AdmissionError } from './admission.ts';
export { localCallSignalling, type LocalCallSignallingOptions } from './signalling/local-call-signalling.ts';
export { SignallingHub, type SignallingConnection, type SignallingSocket } from './signalling/signalling-hub.ts';
export { LOCAL_CALL_SIGNALLING_PATH } from './signalling/protocol.ts';
export type * as LocalCallProtocol from './signalling/protocol.ts';
export type { WebhookDelivery } from './webhook-sender.ts';
export type { TokenCheck, TokenRejection } from './meeting-tokens.ts';
