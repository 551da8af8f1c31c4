import webpush from 'web-push';
import type { PushNotification, PushSender, PushTarget } from '@edutrack/core';

export interface VapidOptions {
  publicKey: string;
  privateKey: string;
  /** mailto: or https: contact the push services can reach us at (RFC 8292). */
  subject: string;
  timeoutMs: number;
}

/**
 * Web Push with VAPID through the web-push package: it encrypts the payload for the device
 * (RFC 8291, aes128gcm) and signs the request. 404 and 410 mean the subscription is gone for good
 * (RFC 8030 §7.3); anything else failing may work later, so it throws and the job retries.
 */
export function createWebPushSender(options: VapidOptions): PushSender {
  const vapidDetails = { subject: options.subject, publicKey: options.publicKey, privateKey: options.privateKey };
  return {
    publicKey: options.publicKey,
    async send(target: PushTarget, notification: PushNotification) {
      try {
        await webpush.sendNotification(
          { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
          JSON.stringify(notification),
          // A reminder an hour late is worse than none: the push service may drop it after a day.
          {
            vapidDetails,
            TTL: 24 * 60 * 60,
            urgency: 'high',
            timeout: options.timeoutMs,
            contentEncoding: 'aes128gcm',
          },
        );
        return 'delivered';
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        if (status === 404 || status === 410) return 'gone';
        // The endpoint URL carries the device's token: keep it and the body out of the error.
        throw new Error(`push service answered ${status ?? 'nothing (connection failed)'}`);
      }
    },
  };
}
