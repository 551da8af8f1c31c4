import type { CoreDeps } from '../deps.ts';
import type { MailTransport } from '../mail/mail-transport.ts';
import type { PushSender } from '../push/push-sender.ts';
import type { VideoRooms } from './video-rooms.ts';

/** The meeting services and the jobs also reach the outside systems. */
export interface MeetingDeps extends CoreDeps {
  video: VideoRooms;
  /** Delivers the outbox's mail; absent (no SMTP configured), mail stays in the outbox (/dev/outbox). */
  mailTransport?: MailTransport;
  /** Sends Web Push; absent (no VAPID keys), nothing is pushed. */
  pushSender?: PushSender;
}
