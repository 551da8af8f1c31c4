import { describe, expect, it } from 'vitest';
import { openStaffPortal, serverAndBrowserForThisFile, signIn } from './staff-browser.ts';

const running = serverAndBrowserForThisFile();
const shots = process.env.SCREENSHOT_DIR;

describe('what a newcomer sees first in the staff portal', () => {
  it('has a favicon, and no focus ring around the sign-in heading on arrival', async () => {
    const page = await openStaffPortal(running.browser, running.server.url);
    const heading = page.getByRole('heading', { level: 1, name: 'Sign in' });
    await heading.waitFor();
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toBeTruthy();
    const answer = await page.request.get(new URL(icon!, page.url()).href);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toContain('image/svg+xml');

    expect(await heading.evaluate((h) => document.activeElement === h || h.matches(':focus-visible'))).toBe(false);
    if (shots) await page.screenshot({ path: `${shots}/portal-sign-in.png` });
    // Keyboard users still get a ring on the controls.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
  });

  it("keeps the admin's teacher picker out of the header, and names the branch zone on a device elsewhere", async () => {
    const page = await openStaffPortal(running.browser, running.server.url);
    await signIn(page, 'dana.admin@riverside.test');
    expect(await page.getByRole('banner').getByLabel('Showing').count()).toBe(0);
    expect(await page.getByLabel('Showing').isVisible()).toBe(true);
    // The device is in New York, the branch in London: the time says whose it is.
    const opens = page.getByText(/^Opens .* London time \(.* your time\)$/).first();
    await opens.waitFor();
    if (shots) await page.screenshot({ path: `${shots}/portal-admin-agenda.png`, fullPage: true });
  });

  it('picks the time zone from a searchable list of IANA zones', async () => {
    const page = await openStaffPortal(running.browser, running.server.url);
    await signIn(page, 'dana.admin@riverside.test');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Branch settings' }).click();
    const zone = page.getByRole('listbox', { name: 'Time zone' });
    expect(await zone.inputValue()).toBe('Europe/London');
    await page.getByLabel('Find a time zone').fill('tokyo');
    await page.getByText('1 zone matches.').waitFor();
    await zone.selectOption('Asia/Tokyo');
    if (shots) await page.screenshot({ path: `${shots}/portal-settings.png`, fullPage: true });
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Branch settings saved.').waitFor();
    await page.reload();
    expect(await page.getByRole('listbox', { name: 'Time zone' }).inputValue()).toBe('Asia/Tokyo');
  });
});
