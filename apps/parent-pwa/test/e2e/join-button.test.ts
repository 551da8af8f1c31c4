import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@edutrack/core';
import { launchBrowser, startTestServer, type TestServer } from '@edutrack/e2e';
import { requireBuiltApp, signIn } from './support/parent-app.ts';

// January: London time is UTC. The demo seed puts Maya's meeting with Ms. Rivera at the next
// five-minute mark (10:00–10:15, joinable 09:55–10:45) and Sam's with Mr. Okafor tomorrow 16:00.
const SERVER_START = '2030-01-15T09:58:00Z';

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  requireBuiltApp();
  [server, browser] = await Promise.all([startTestServer({ clock: new ManualClock(SERVER_START) }), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await page.clock.install({ time: new Date('2030-01-15T09:50:00Z') });
  await signIn(page, server);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const rivera = () => page.getByRole('article', { name: 'Ms. Rivera' });
const joinRivera = () => rivera().getByRole('button', { name: 'Join Video Call' });

describe('the Join Video Call button, as time passes', () => {
  it('before the window: disabled, and says when it opens', async () => {
    expect(await joinRivera().isDisabled()).toBe(true);
    expect(
      await rivera()
        .getByText(/^Opens at/)
        .textContent(),
    ).toBe('Opens at 09:55 (in 5 minutes), 5 minutes before the start.');
    const okafor = page.getByRole('article', { name: 'Mr. Okafor' });
    expect(await okafor.getByRole('button', { name: 'Join Video Call' }).isDisabled()).toBe(true);
    expect(await okafor.getByText(/^Opens at/).textContent()).toMatch(
      /^Opens at .*16.*15:55, 5 minutes before the start\.$/,
    );
  });

  it('from 5 minutes before the start: enabled, and opens the call screen', async () => {
    await page.clock.fastForward('05:00');
    await page.waitForFunction(() => {
      const card = [...document.querySelectorAll('article')].find((a) => a.textContent?.includes('Reading progress'));
      return card?.querySelector<HTMLButtonElement>('.join-button')?.disabled === false;
    });
    expect(
      await rivera()
        .getByText(/^Opens at/)
        .count(),
    ).toBe(0);

    await joinRivera().click();
    await page.waitForURL(/\/parent\/meetings\/[0-9a-f-]+\/call$/);
    // The server handed out a knocking token: the device check comes before knocking.
    await page.getByRole('heading', { name: 'Check your camera and microphone' }).waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.waitForURL(`${server.url}/parent/`);
  });

  it('30 minutes after the end: disabled, and says the meeting has ended', async () => {
    await page.clock.fastForward('51:00'); // 10:46
    await rivera().getByText('This meeting has ended.').waitFor();
    expect(await joinRivera().isDisabled()).toBe(true);
  });
});
