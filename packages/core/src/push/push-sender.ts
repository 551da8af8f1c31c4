/** What the parent app's service worker shows; `url` is the screen a tap opens. */
export interface PushNotification {
  title: string;
  body: string;
  /** A path in the parent app, e.g. /parent/meetings/<id>. */
  url: string;
  /** Replaces an earlier notification with the same tag on the device (one per meeting and kind). */
  tag: string;
}

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/**
 * Sends an encrypted Web Push message (web-push in the server). Answers 'gone' when the push service
 * says the subscription no longer exists (404/410); throws when it may work later.
 */
export interface PushSender {
  /** The VAPID public key the parent app subscribes with. */
  publicKey: string;
  send(target: PushTarget, notification: PushNotification): Promise<'delivered' | 'gone'>;
}
