import type { BrowserContext } from 'playwright-core';

/**
 * Daily's CDN hosts daily-js 0.92.2 loads its call engine from: `c.daily.co`, then the failover
 * domains (dist/daily-esm.js: `["daily.co","dailywebrtc.com","dailywebrtc.net"]`).
 */
const DAILY_CDN_HOSTS = ['c.daily.co', 'c.dailywebrtc.com', 'c.dailywebrtc.net'];

export interface DailyCdnLog {
  /** Every CDN URL the browser asked for. */
  requests: string[];
  /** Anything else of Daily's the browser tried to reach (refused: there is no Daily here). */
  unexpected: string[];
}

/**
 * A stand-in for Daily's call-machine bundle: it records that it ran and listens for what daily-js
 * sends its call machine (in call-object mode: `window.postMessage` of `{what: 'iframe-call-message',
 * from: 'module', action, properties, callbackStamp}`, read in daily-js 0.92.2's dist), and answers
 * every request with an error, as a call machine that cannot reach Daily's servers would. It is no
 * call engine: it proves that daily-js fetched and executed the bundle under our CSP, nothing more.
 */
const STAND_IN_BUNDLE = `(() => {
  const record = (window.__etmStandInCallMachine ??= { executed: 0, actions: [] });
  record.executed += 1;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.what !== 'iframe-call-message' || data.from !== 'module') return;
    record.actions.push({ action: data.action, url: data.properties?.url, token: Boolean(data.properties?.token) });
    if (!data.callbackStamp) return;
    window.postMessage(
      {
        what: 'iframe-call-message',
        from: 'embedded',
        callClientId: data.callClientId,
        callbackStamp: data.callbackStamp,
        action: data.action,
        error: { type: 'connection-error', msg: 'stand-in call machine: Daily is not reachable from this machine' },
      },
      window.location.origin,
    );
  });
})();`;

/** Answers Daily's CDN in this browser context with the stand-in bundle; refuses every other Daily host. */
export async function routeDailyCdn(context: BrowserContext, log: DailyCdnLog): Promise<void> {
  await context.route(
    /^https:\/\/([\w-]+\.)*(daily\.co|dailywebrtc\.com|dailywebrtc\.net|pluot\.blue)\//,
    async (route) => {
      const url = new URL(route.request().url());
      if (DAILY_CDN_HOSTS.includes(url.hostname) && url.pathname.endsWith('/call-machine-object-bundle.js')) {
        log.requests.push(url.href);
        return route.fulfill({
          status: 200,
          contentType: 'application/javascript',
          headers: { 'access-control-allow-origin': '*' },
          body: STAND_IN_BUNDLE,
        });
      }
      log.unexpected.push(url.href);
      return route.abort('connectionrefused');
    },
  );
}
