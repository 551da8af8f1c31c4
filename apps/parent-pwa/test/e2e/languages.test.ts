import { desc, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardians, outboxEmails, parentsEvenings } from '@edutrack/db';
import { launchBrowser, startTestServer, type TestServer } from '@edutrack/e2e';
import { LI_CHEN, requireBuiltApp, signIn } from './support/parent-app.ts';

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  requireBuiltApp();
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Text on screen that came from the app (not the school's data) and was not translated. */
async function untranslatedText(): Promise<string[]> {
  // The school's data (names, classes, topics), the brand, and dates and lists Intl wrote in the
  // school's locale (a child's classes: Intl.ListFormat has no pseudo-locale, so its "and" stays English).
  const data =
    /Ms\. Rivera and Dr\. Shah \(class teacher and SENCo\)|Spring parents’ evening|(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d+ \w+|Li Chen|Maya Chen|Sam Chen|Ms\. Rivera|Mrs?\. \w+|Dr\. \w+|Reading progress[\w ]*|((Music|PE|Science|Year \d \w+)(,? and |, )?)+|\S+@example\.com|EduTrack Meet|London|(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[\w ,:–-]*\d/;
  return page.evaluate((dataSource) => {
    const isData = new RegExp(dataSource, 'g');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      const visible = node.parentElement?.checkVisibility() ?? false;
      // Pseudo-locale text has accented letters and "·" padding; plain English words are hard-coded.
      if (visible && /[A-Za-z]{3,}/.test(text.replace(isData, '')) && !/[\u00C0-\u024F\u1E00-\u1EFF·]/.test(text))
        found.push(text);
    }
    return found;
  }, data.source);
}

describe('languages in the parent app', () => {
  it('switches to Arabic: the layout mirrors, and the choice is kept for the parent’s emails', async () => {
    await signIn(page, server);
    await page.getByLabel('Language').selectOption('ar');
    await page.getByRole('heading', { name: 'مرحبًا، Li Chen' }).waitFor();
    const layout = await page.evaluate(() => {
      const links = [...document.querySelectorAll('.bottom-nav a')].map((a) => a.getBoundingClientRect());
      return {
        dir: document.documentElement.dir,
        lang: document.documentElement.lang,
        // Mirrored: the first destination sits on the right.
        firstNavOnTheRight: links[0]!.left > links[1]!.left,
        headingAlign: getComputedStyle(document.querySelector('h1')!).textAlign,
        headingRightEdge: document.querySelector('h1')!.getBoundingClientRect().right,
        overflowX: document.documentElement.scrollWidth - window.innerWidth,
      };
    });
    expect(layout).toMatchObject({ dir: 'rtl', lang: 'ar', firstNavOnTheRight: true, overflowX: 0 });
    expect(['start', 'right']).toContain(layout.headingAlign);

    // Kept on the account: the next email (a sign-in link, asked for in the Arabic app) is in Arabic.
    await expect
      .poll(
        async () => (await server.testDb.db.select().from(guardians).where(eq(guardians.email, LI_CHEN)))[0]?.language,
      )
      .toBe('ar');
    await page.getByRole('button', { name: 'تسجيل الخروج' }).click();
    await page.getByRole('textbox', { name: 'بريدك الإلكتروني' }).fill(LI_CHEN);
    await page.getByRole('button', { name: 'أرسل لي رابط تسجيل الدخول' }).click();
    await page.getByRole('heading', { name: 'تحقّق من بريدك الإلكتروني' }).waitFor();
    await expect
      .poll(async () => {
        const [mail] = await server.testDb.db
          .select()
          .from(outboxEmails)
          .where(eq(outboxEmails.toAddress, LI_CHEN))
          .orderBy(desc(outboxEmails.createdAt))
          .limit(1);
        return mail && { subject: mail.subject, rtl: mail.bodyHtml?.includes('<html lang="ar" dir="rtl">') };
      })
      .toEqual({ subject: 'رابط تسجيل الدخول إلى EduTrack Meet', rtl: true });
  });

  it('shows no hard-coded English in the pseudo-locale, and nothing clipped or scrolling sideways', async () => {
    await page.evaluate(() => localStorage.setItem('edutrack.language', 'en-XA'));
    await page.goto(`${server.url}/parent/sign-in`);
    await page.locator('h1').waitFor();
    expect(await untranslatedText()).toEqual([]);

    await page.evaluate(() => localStorage.setItem('edutrack.language', 'en'));
    await signIn(page, server);
    const meetingPath = `/meetings/${await firstMeetingId()}`;
    await page.evaluate(() => localStorage.setItem('edutrack.language', 'en-XA'));
    const [evening] = await server.testDb.db.select({ id: parentsEvenings.id }).from(parentsEvenings);
    // The parents' evening, open for booking in the demo school: the planner and its teachers.
    const eveningPath = `/book/evenings/${evening!.id}`;
    for (const path of ['/', meetingPath, eveningPath]) {
      await page.goto(`${server.url}/parent${path}`);
      await page
        .locator(path === eveningPath ? '.child-teachers' : 'h1')
        .first()
        .waitFor();
      await page.waitForLoadState('networkidle');
      expect(await untranslatedText(), path).toEqual([]);
      const overflowX = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflowX, path).toBeLessThanOrEqual(0);
    }
  });
});

async function firstMeetingId(): Promise<string> {
  const href = await page.locator('.meeting-card a[href*="/meetings/"]').first().getAttribute('href');
  return href!.split('/meetings/')[1]!;
}
