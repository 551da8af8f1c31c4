import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { appointments } from '@edutrack/db';
import { latestSignInLink, type TestServer } from '../../src/index.ts';

const ZONE = 'Europe/London';
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, timezoneId: ZONE };
const TABLET = { viewport: { width: 1024, height: 900 }, timezoneId: ZONE };

/**
 * What the screens share while they are walked in order: one browser, one signed-in page per
 * person (kept, so a later screen can continue where an earlier one left the call), and the demo
 * school's meetings by topic.
 */
export class ScreenWorld {
  private readonly pages = new Map<string, Page>();

  constructor(
    readonly server: TestServer,
    private readonly browser: Browser,
  ) {}

  /** A page nobody has signed in on, on a phone (parent) or a tablet (staff). */
  async freshPage(device: 'phone' | 'tablet'): Promise<Page> {
    const context = await this.browser.newContext(device === 'phone' ? PHONE : TABLET);
    return context.newPage();
  }

  /** The parent's own phone, signed in once with the emailed link. */
  async parent(email = 'li.chen@example.com'): Promise<Page> {
    return this.once(`parent:${email}`, async () => {
      const page = await this.freshPage('phone');
      await page.addInitScript(keepWebSockets);
      await page.goto(`${this.server.url}/parent/sign-in`);
      await page.getByRole('textbox', { name: 'Your email address' }).fill(email);
      await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
      await page.getByRole('heading', { name: 'Check your email' }).waitFor();
      await page.goto(this.local(await latestSignInLink(this.server, email)));
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: /^Hello, / }).waitFor();
      return page;
    });
  }

  /** A member of staff's tablet, signed in with the demo password. */
  async staff(email = 'ana.rivera@riverside.test'): Promise<Page> {
    return this.once(`staff:${email}`, async () => {
      const page = await this.freshPage('tablet');
      await page.goto(`${this.server.url}/staff/`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill('riverside-demo');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
      return page;
    });
  }

  /** A demo meeting's id, by its topic. */
  async meetingId(topic: string): Promise<string> {
    const [row] = await this.server.testDb.db
      .select({ id: appointments.id })
      .from(appointments)
      .where(eq(appointments.topic, topic));
    if (!row) throw new Error(`No demo meeting about "${topic}"`);
    return row.id;
  }

  url(path: string): string {
    return `${this.server.url}${path}`;
  }

  /** A link mailed for PUBLIC_URL, opened on this test server. */
  local(link: string): string {
    return link.replace(/^https?:\/\/[^/]+/, this.server.url);
  }

  /** Drops the page's WebSockets (the call's signalling), as a lost connection would. */
  async dropConnection(page: Page): Promise<void> {
    await page.evaluate(() => {
      for (const socket of (window as unknown as { etmSockets: WebSocket[] }).etmSockets) socket.close();
    });
  }

  private async once(key: string, create: () => Promise<Page>): Promise<Page> {
    const existing = this.pages.get(key);
    if (existing) return existing;
    const page = await create();
    this.pages.set(key, page);
    return page;
  }
}

/** Runs in the page before its scripts: remembers every WebSocket, so a test can drop them. */
function keepWebSockets() {
  const Native = window.WebSocket;
  const sockets: WebSocket[] = [];
  (window as unknown as { etmSockets: WebSocket[] }).etmSockets = sockets;
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      sockets.push(this);
    }
  };
}
