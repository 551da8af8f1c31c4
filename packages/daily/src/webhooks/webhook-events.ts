import { z } from 'zod';

/**
 * What Daily posts. Parsing is tolerant: unknown fields are dropped, fields Daily may leave out
 * for a tokenless guest (user_id, user_name) may be missing or null.
 */
export const dailyWebhookEnvelopeSchema = z.object({
  version: z.string(),
  type: z.string(),
  // Daily sends an id (deduplicate by it); the event schemas in Daily's spec leave it out.
  id: z.string().optional(),
  payload: z.unknown(),
  event_ts: z.number(),
});

const participantFields = {
  room: z.string(),
  session_id: z.string(),
  user_id: z.string().nullish(),
  user_name: z.string().nullish(),
  owner: z.boolean().optional(),
  /** Unix seconds. */
  joined_at: z.number(),
  /** Unix seconds; fixed when the participant joined. */
  will_eject_at: z.number().nullish(),
};

export const participantJoinedPayloadSchema = z.object(participantFields);
export const participantLeftPayloadSchema = z.object({ ...participantFields, duration: z.number() });
export const meetingStartedPayloadSchema = z.object({ room: z.string(), meeting_id: z.string(), start_ts: z.number() });
export const meetingEndedPayloadSchema = meetingStartedPayloadSchema.extend({ end_ts: z.number() });

const event = <Type extends string, Payload extends z.ZodType>(type: Type, payload: Payload) =>
  dailyWebhookEnvelopeSchema.extend({ type: z.literal(type), payload });

export const dailyWebhookEventSchema = z.discriminatedUnion('type', [
  event('participant.joined', participantJoinedPayloadSchema),
  event('participant.left', participantLeftPayloadSchema),
  event('waiting-participant.joined', participantJoinedPayloadSchema),
  event('waiting-participant.left', participantLeftPayloadSchema),
  event('meeting.started', meetingStartedPayloadSchema),
  event('meeting.ended', meetingEndedPayloadSchema),
]);

export type DailyWebhookEnvelope = z.infer<typeof dailyWebhookEnvelopeSchema>;
export type DailyWebhookEvent = z.infer<typeof dailyWebhookEventSchema>;
export type DailyWebhookEventOfType<Type extends DailyWebhookEvent['type']> = Extract<
  DailyWebhookEvent,
  { type: Type }
>;

/** Daily posts this once when a webhook is created or updated; it must be answered with 200. */
export const dailyWebhookTestSchema = z.object({ test: z.literal('test') });

export type ParsedDailyWebhook =
  | { kind: 'test' }
  | { kind: 'event'; event: DailyWebhookEvent }
  /** A well-formed event of a type this code does not handle (recordings, transcripts, ...). */
  | { kind: 'other'; envelope: DailyWebhookEnvelope }
  | { kind: 'invalid'; issues: string };

/** Classifies a verified webhook body (already JSON-parsed). */
export function parseDailyWebhook(body: unknown): ParsedDailyWebhook {
  if (dailyWebhookTestSchema.safeParse(body).success) return { kind: 'test' };
  const envelope = dailyWebhookEnvelopeSchema.safeParse(body);
  if (!envelope.success) return { kind: 'invalid', issues: z.prettifyError(envelope.error) };
  const known = dailyWebhookEventSchema.safeParse(body);
  if (known.success) return { kind: 'event', event: known.data };
  const isKnownType = dailyWebhookEventSchema.options.some((option) => option.shape.type.value === envelope.data.type);
  return isKnownType
    ? { kind: 'invalid', issues: z.prettifyError(known.error) }
    : { kind: 'other', envelope: envelope.data };
}
