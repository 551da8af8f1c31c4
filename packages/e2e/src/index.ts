export { launchBrowser, launchPersistentBrowser } from './chromium.ts';
export { startTestServer, type TestServer } from './test-server.ts';
export { latestSignInLink } from './outbox.ts';
