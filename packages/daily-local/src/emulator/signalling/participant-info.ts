import { createHash } from 'node:crypto';
import type { PresentParticipant, WaitingParticipant } from '../call-registry.ts';
import type { MediaState, ParticipantInfo, WaitingInfo } from './protocol.ts';

export const NO_MEDIA: MediaState = { audio: false, video: false };

export const participantInfo = (participant: PresentParticipant, media: MediaState): ParticipantInfo => ({
  session_id: participant.sessionId,
  user_id: participant.userId,
  user_name: participant.userName,
  owner: participant.owner,
  joined_at: participant.joinedAt.getTime(),
  will_eject_at: participant.willEjectAt?.getTime() ?? null,
  audio: media.audio,
  video: media.video,
});

// Daily shows owners a knocker's session id and name only; telling the expected parent apart is the app's job.
/**
 * The id owners see for a knocker. Daily does not document that it equals the knocker's own session
 * id, so the stand-in makes it differ: nothing built on it can pass here and fail on Daily.
 */
export const waitingIdOf = (sessionId: string): string =>
  `waiting-${createHash('sha256').update(sessionId).digest('hex').slice(0, 24)}`;

export const waitingInfo = (waiting: WaitingParticipant): WaitingInfo => ({
  id: waitingIdOf(waiting.sessionId),
  name: waiting.userName ?? '',
  awaitingAccess: { level: 'full' },
});
