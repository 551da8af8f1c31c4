/**
 * Names for the Daily types this package uses, all taken from the generated spec types.
 * Where Daily's spec describes an answer wrongly, the comment says so and which spec type is used instead.
 */
import type { components, operations } from './generated/daily-api.ts';

export type JsonRequest<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;
type JsonResponse<Op extends keyof operations> = operations[Op]['responses'] extends {
  200: { content: { 'application/json': infer Answer } };
}
  ? Answer
  : never;
type Query<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;

export type DailyRoom = components['schemas']['rooms-room_name-get-res'];
export type DailyRoomConfig = NonNullable<DailyRoom['config']>;
export type DailyRoomProperties = components['schemas']['room-properties'];
export type CreateRoomBody = JsonRequest<'CreateRoom'>;
export type UpdateRoomBody = JsonRequest<'SetRoomConfig'>;
/** One page of `GET /rooms`. Its items are rooms; the spec lists only `start_video_off` in their config. */
export type DailyRoomPage = JsonResponse<'ListRooms'>;
export type ListRoomsQuery = Query<'ListRooms'>;
export type DeleteRoomResult = JsonResponse<'DeleteRoom'>;
export type EjectBody = JsonRequest<'Eject'>;
export type EjectResult = JsonResponse<'Eject'>;
export type DailyRoomPresence = JsonResponse<'GetRoomPresence'>;
export type DailyDomainPresence = JsonResponse<'GetPresence'>;

export type MeetingTokenProperties = components['schemas']['properties'];
export type ValidatedMeetingToken = JsonResponse<'ValidateMeetingToken'>;

export type DailyWebhook = components['schemas']['webhook'];
export type CreateWebhookBody = components['schemas']['post_webhook'];
export type UpdateWebhookBody = components['schemas']['update_webhook'];
export type DailyWebhookEventType = NonNullable<DailyWebhook['eventTypes']>[number];

export type DailyMeeting = components['schemas']['meetings_meeting-get-res'];
export type ListMeetingsQuery = Query<'GetMeetingInfo'>;
export type DailyMeetingPage = JsonResponse<'GetMeetingInfo'>;
export type DailyMeetingWithParticipants = NonNullable<DailyMeetingPage['data']>[number];
/**
 * The spec's `meeting_participants-get-res` repeats the meeting object for each item (a copy-paste
 * slip in Daily's spec); the participant record Daily documents is the one nested in `GET /meetings`.
 */
export type DailyMeetingParticipant = NonNullable<DailyMeetingWithParticipants['participants']>[number];
export type ListMeetingParticipantsQuery = Query<'GetMeetingParticipants'>;

export type ParticipantJoinedEvent = components['schemas']['participant_joined'];
export type ParticipantLeftEvent = components['schemas']['participant_left'];
export type WaitingParticipantJoinedEvent = components['schemas']['waiting_participant_joined'];
export type WaitingParticipantLeftEvent = components['schemas']['waiting_participant_left'];
export type MeetingStartedEvent = components['schemas']['meeting_started'];
export type MeetingEndedEvent = components['schemas']['meeting_ended'];
