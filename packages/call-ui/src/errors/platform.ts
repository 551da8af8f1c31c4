/** Where the app runs, as far as fixing camera permissions goes: the steps differ per platform. */
export type Platform = 'ios-installed' | 'ios-browser' | 'android' | 'desktop';

export interface NavigatorLike {
  userAgent: string;
  maxTouchPoints?: number;
  /** Safari's flag for a home-screen web app. */
  standalone?: boolean;
}

export function detectPlatform(
  nav: NavigatorLike = navigator,
  isStandalone: () => boolean = () =>
    typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches,
): Platform {
  // iPadOS reports itself as a Mac; touch support tells them apart.
  const ios =
    /iPad|iPhone|iPod/.test(nav.userAgent) || (/Macintosh/.test(nav.userAgent) && (nav.maxTouchPoints ?? 0) > 1);
  if (ios) return nav.standalone === true || isStandalone() ? 'ios-installed' : 'ios-browser';
  if (/Android/i.test(nav.userAgent)) return 'android';
  return 'desktop';
}
