// Daily REST client
export {
  createDailyClient,
  DAILY_API_BASE_URL,
  type DailyClient,
  type DailyClientOptions,
} from './client/create-daily-client.ts';
export type { EnsuredRoom } from './client/idempotent-rooms.ts';
export {
  DailyApiError,
  DAILY_ERROR_TYPES,
  isDailyApiError,
  isDailyNotFound,
  isRoomAlreadyExists,
  type DailyErrorType,
  type DailyTransportFailure,
} from './client/daily-api-error.ts';
export { backoffDelayMs, DEFAULT_BACKOFF, type BackoffOptions } from './client/backoff.ts';
export { CLIENT_RATE_LIMITS, DAILY_RATE_LIMITS, type DailyRateLimits, type RateLimit } from './rate-limits.ts';

// Room and token policy
export { DAILY_ROOM_NAME_PATTERN, isOurRoomName, roomNameFor } from './policy/room-name.ts';
export {
  MEETING_MAX_PARTICIPANTS,
  roomDifferences,
  roomNeedsUpdate,
  roomPropertiesFor,
  type RoomWindow,
  type WantedRoom,
} from './policy/room-properties.ts';
export {
  DAILY_USER_ID_MAX_LENGTH,
  parentTokenProperties,
  admittedParentTokenProperties,
  teacherTokenProperties,
  type TokenHolder,
} from './policy/token-properties.ts';

// Webhooks
export {
  parseWebhookTimestamp,
  signDailyWebhook,
  verifyDailyWebhook,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  type WebhookRejection,
  type WebhookVerification,
} from './webhooks/webhook-signature.ts';
export {
  dailyWebhookEnvelopeSchema,
  dailyWebhookEventSchema,
  dailyWebhookTestSchema,
  meetingEndedPayloadSchema,
  meetingStartedPayloadSchema,
  parseDailyWebhook,
  participantJoinedPayloadSchema,
  participantLeftPayloadSchema,
  type DailyWebhookEnvelope,
  type DailyWebhookEvent,
  type DailyWebhookEventOfType,
  type ParsedDailyWebhook,
} from './webhooks/webhook-events.ts';

// The stand-in for machines without Daily (emulator, signalling, local call object) is its own
// package, @edutrack/daily-local, which depends on this one and never the reverse.

// Shared
export { systemClock, type Clock } from './clock.ts';
export { fromUnixSeconds, toUnixSeconds } from './unix-time.ts';
export type * from './spec-types.ts';
