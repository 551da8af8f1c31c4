import type { CoreDeps } from '../deps.ts';
import type { VideoRooms } from './video-rooms.ts';

/** The meeting services also reach the video provider. */
export interface MeetingDeps extends CoreDeps {
  video: VideoRooms;
}
