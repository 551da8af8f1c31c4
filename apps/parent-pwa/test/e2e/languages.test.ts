import { and, desc, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointments, guardians, outboxEmails, parentsEvenings } from '@edutrack/db';
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
  // school's locale (a child's classes: Intl.ListFormat has no pseudo-locale, so its "and" stays English;
  // the booking page's day headings, "Tuesday 24 November"; the name an invitee has in the call, which is
  // what the teacher sees, in the staff portal's words).
  const data =
    /Interpreter, invited by Li Chen|Ms\. Rivera and Dr\. Shah \(class teacher and SENCo\)|Spring parents’ evening|(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d+ \w+|Li Chen|\b(Maya|Sam)( Chen)?\b|Ms\. Rivera|Mrs?\. \w+|Dr\. \w+|Reading progress[\w ]*|((Music|PE|Science|Year \d \w+)(,? and |, )?)+|\S+@example\.com|EduTrack Meet|London|(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,? \d+ [A-Z][a-z]+|(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[\w ,:–-]*\d/;
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
    for (const path of ['/', meetingPath, '/book']) await expectTranslated(path);

    // Booking a time: its form, then the notice on Home.
    await page.locator('.slot-button').first().click();
    await page.locator('form h2').waitFor();
    await expectFitsAndTranslated('book form');
    await page.locator('form button[type="submit"]').click();
    await page.locator('.banner.notice').waitFor();
    await expectFitsAndTranslated('booked notice');

    // Moving that meeting, and the page an invited interpreter opens from their email.
    paths.reschedule = `/meetings/${await latestBookedMeetingId()}/reschedule`;
    await expectTranslated(paths.reschedule);
    await page.locator('.slot-button').first().click();
    await page.locator('form h2').waitFor();
    await expectFitsAndTranslated('move form');
    paths.guest = await inviteInterpreter(paths.reschedule.split('/')[2]!);
    await expectTranslated(paths.guest);
    await page.locator('.button.primary').waitFor();
    await expectFitsAndTranslated('guest invitation');
    // A refusal worded by the server (a withdrawn or unknown invitation) is in the app's language too.
    await expectRefusal(/^[\u00C0-\u024F\u1E00-\u1EFF]/);

    // The parents' evening, open for booking in the demo school: the planner and its teachers.
    const [evening] = await server.testDb.db.select({ id: parentsEvenings.id }).from(parentsEvenings);
    await page.goto(`${server.url}/parent/book/evenings/${evening!.id}`);
    await page.locator('.child-teachers').first().waitFor();
    await page.waitForLoadState('networkidle');
    await expectFitsAndTranslated('parents’ evening');
  });

  it('mirrors the booking, moving and guest pages in Arabic', async () => {
    await page.evaluate(() => localStorage.setItem('edutrack.language', 'ar'));
    for (const path of ['/book', paths.reschedule, paths.guest]) {
      await expectTranslated(path);
      const layout = await page.evaluate(() => {
        const heading = document.querySelector('h1')!;
        const text = document.createRange();
        text.selectNodeContents(heading);
        const slots = [...document.querySelectorAll('.slot-button')].map((b) => b.getBoundingClientRect());
        return {
          dir: document.documentElement.dir,
          // Mirrored: the heading's words start at the right edge, the first time sits on the right.
          headingFromTheRight: heading.getBoundingClientRect().right - text.getBoundingClientRect().right < 2,
          firstTimeOnTheRight: slots.length < 2 || slots[0]!.left > slots[1]!.left,
        };
      });
      expect(layout, path).toEqual({ dir: 'rtl', headingFromTheRight: true, firstTimeOnTheRight: true });
    }
    await expectRefusal(/^رابط الدعوة هذا لم يعد صالحًا/);
  });
});

/** Opens an invitation link nobody was sent: the server's refusal, shown as the guest page shows it. */
async function expectRefusal(wording: RegExp): Promise<void> {
  // From another page: a new fragment alone would not load the guest page again.
  await page.goto('about:blank');
  await page.goto(paths.guest.replace(/#invite=[\w-]+/, `#invite=${'x'.repeat(43)}`));
  const refusal = page.getByRole('alert');
  await refusal.waitFor();
  expect(await refusal.innerText()).toMatch(wording);
  await expectFitsAndTranslated('refused invitation');
}

/** The pages the pseudo-locale test reached, for the Arabic one (set up once: one server, one page). */
const paths = { reschedule: '', guest: '' };

/** Opens `path` once its screen and data are in, and checks it as `expectFitsAndTranslated` does. */
async function expectTranslated(path: string): Promise<void> {
  await page.goto(path.startsWith('http') ? path : `${server.url}/parent${path}`);
  await page.locator('h1').waitFor();
  await page.waitForLoadState('networkidle');
  await expectFitsAndTranslated(path);
}

/** No app text left in English, and nothing wider than the phone's screen (clipped or scrolling sideways). */
async function expectFitsAndTranslated(what: string): Promise<void> {
  expect(await untranslatedText(), what).toEqual([]);
  const overflowX = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflowX, what).toBeLessThanOrEqual(0);
}

async function latestBookedMeetingId(): Promise<string> {
  const [booked] = await server.testDb.db
    .select({ id: appointments.id })
    .from(appointments)
    .where(eq(appointments.status, 'scheduled'))
    .orderBy(desc(appointments.createdAt))
    .limit(1);
  return booked!.id;
}

/** Li Chen invites an interpreter to the meeting (as the meeting page does); the emailed link. */
async function inviteInterpreter(meetingId: string): Promise<string> {
  const to = 'interpreter@example.com';
  const status = await page.evaluate(
    async (input) =>
      (
        await fetch('/trpc/parent.guests.invite', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input),
        })
      ).status,
    { id: meetingId, invitee: { kind: 'guest', email: to, roleLabel: 'Interpreter' } },
  );
  expect(status).toBe(200);
  let link: RegExpExecArray | null = null;
  await expect
    .poll(async () => {
      const [mail] = await server.testDb.db
        .select()
        .from(outboxEmails)
        .where(and(eq(outboxEmails.toAddress, to), eq(outboxEmails.kind, 'meeting-invitation')))
        .limit(1);
      link = mail ? /https?:\/\/[^/\s]+(\/\S+#invite=[\w-]+)/.exec(mail.bodyText) : null;
      return link !== null;
    })
    .toBe(true);
  return `${server.url}${link![1]!}`;
}

async function firstMeetingId(): Promise<string> {
  const href = await page.locator('.meeting-card a[href*="/meetings/"]').first().getAttribute('href');
  return href!.split('/meetings/')[1]!;
}
