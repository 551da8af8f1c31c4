export { launchBrowser, launchPersistentBrowser } from './chromium.ts';
export { startTestServer, type TestServer } from './test-server.ts';
export { latestInvitationLink, latestSignInLink } from './outbox.ts';
export { axeViolations, describeViolations } from './accessibility/axe.ts';
export { sidewaysScrollAtZoom } from './accessibility/reflow.ts';
export { fillDateTimeField } from './date-time-fields.ts';
