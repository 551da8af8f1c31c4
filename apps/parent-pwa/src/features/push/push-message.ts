/** What the server pushes (packages/core/src/push/push-sender.ts), read defensively. */
export interface PushedNotification {
  title: string;
  body: string;
  url: string;
  tag: string;
}

const APP_HOME = '/parent/';

/**
 * The notification to show for a push message; anything unreadable still shows something useful, in
 * the app's language when it kept one (`fallbackBody`, see fallback-notice.ts).
 */
export function notificationFromPush(text: string | null, fallbackBody?: string | null): PushedNotification {
  const body = fallbackBody || 'You have news about a meeting.';
  const fallback = { title: 'EduTrack Meet', body, url: APP_HOME, tag: 'edutrack' };
  if (!text) return fallback;
  try {
    const data = JSON.parse(text) as Partial<Record<keyof PushedNotification, unknown>>;
    const str = (value: unknown, or: string) => (typeof value === 'string' && value ? value : or);
    return {
      title: str(data.title, fallback.title),
      body: str(data.body, ''),
      url: str(data.url, APP_HOME),
      tag: str(data.tag, fallback.tag),
    };
  } catch {
    return fallback;
  }
}

/** Where a tap leads: a path inside the parent app on our own origin, never elsewhere. */
export function targetUrl(path: unknown, origin: string): string {
  const url = new URL(typeof path === 'string' ? path : APP_HOME, origin);
  if (url.origin !== origin || !url.pathname.startsWith(APP_HOME)) return new URL(APP_HOME, origin).href;
  return url.href;
}
