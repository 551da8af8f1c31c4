/**
 * The one Content-Security-Policy both web apps are served with. Nothing else in the tree sets CSP.
 *
 * What a Daily call needs, and where that was read:
 * - daily-js in call-object mode loads its call engine ("call-machine bundle") from
 *   `https://c.<domain>/call-machine/versioned/<version>/static/call-machine-object-bundle.js`, trying
 *   `daily.co` first and then the failover domains `dailywebrtc.com` and `dailywebrtc.net` (the list
 *   `["daily.co","dailywebrtc.com","dailywebrtc.net"]` and the URL builder in
 *   @daily-co/daily-js 0.92.2 dist/daily-esm.js). With `dailyConfig: { avoidEval: true }` (which
 *   packages/call-ui always sets) it is added as a `<script src>` instead of being fetched and run with
 *   `Function()`, so script-src needs those three hosts and never permits eval.
 * - Daily's CSP guide (docs.daily.co/guides/privacy-and-security/content-security-policy, "Custom call
 *   object" and the section on avoiding the eval requirement): connect-src for Daily's hosts
 *   (`https://*.daily.co`, `wss://*.daily.co`) and its infrastructure (`https://*.pluot.blue`,
 *   `wss://*.pluot.blue`), and `blob:` in script-src, as the guide's call-object policy lists it.
 *   Banuba (Daily's background-effects provider) is left out: the apps use no virtual backgrounds.
 * - The failover domains carry the same services as daily.co (same list in daily-js), so they are
 *   allowed for connections the same way.
 * Whether a real call needs anything more can only be seen against Daily itself: `pnpm daily:live-check`
 * runs one under this policy and fails on any violation.
 */
const DAILY_SCRIPT_SOURCES = ['https://c.daily.co', 'https://c.dailywebrtc.com', 'https://c.dailywebrtc.net'];

const DAILY_DOMAINS = ['daily.co', 'dailywebrtc.com', 'dailywebrtc.net', 'pluot.blue'];
const DAILY_CONNECT_SOURCES = DAILY_DOMAINS.flatMap((domain) => [`https://*.${domain}`, `wss://*.${domain}`]);

/** helmet's `contentSecurityPolicy.directives`. `connectSources`: more places the apps may reach. */
export function contentSecurityPolicy(options: { connectSources: string[]; upgradeInsecureRequests: boolean }) {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", 'blob:', ...DAILY_SCRIPT_SOURCES],
    connectSrc: ["'self'", ...DAILY_CONNECT_SOURCES, ...options.connectSources],
    imgSrc: ["'self'", 'data:', 'blob:'],
    mediaSrc: ["'self'", 'blob:'],
    styleSrc: ["'self'", "'unsafe-inline'"],
    workerSrc: ["'self'", 'blob:'],
    manifestSrc: ["'self'"],
    frameAncestors: ["'none'"],
    upgradeInsecureRequests: options.upgradeInsecureRequests ? [] : null,
  };
}
