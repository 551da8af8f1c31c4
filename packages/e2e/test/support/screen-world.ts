import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { appointments, guardians, parentsEvenings, staffUsers } from '@edutrack/db';
import { createEvening, inviteToMeeting, loadStaffActor, openingRules, scheduleMeeting } from '@edutrack/core';
import { latestInvitationLink, latestSignInLink, type TestServer } from '../../src/index.ts';

const ZONE = 'Europe/London';
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, timezoneId: ZONE };
const TABLET = { viewport: { width: 1024, height: 900 }, timezoneId: ZONE };
const DAY = 24 * 60 * 60_000;
/** The demo's evening, open for booking now. */
export const OPEN_EVENING = 'Spring parents’ evening';
/** An evening the walk adds, whose booking opens in two days. */
export const COMING_EVENING = 'Summer parents’ evening';

/**
 * What the screens share while they are walked in order: one browser, one signed-in page per
 * person (kept, so a later screen can continue where an earlier one left the call), and the demo
 * school's meetings by topic.
 */
export class ScreenWorld {
  /** Pages signed in once (kept, so a later screen continues on them) and links made once. */
  private readonly made = new Map<string, unknown>();

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

  /** A parents' evening's id, by its name; the coming one is set up the first time it is asked for. */
  async eveningId(name: typeof OPEN_EVENING | typeof COMING_EVENING): Promise<string> {
    const [row] = await this.db
      .select({ id: parentsEvenings.id })
      .from(parentsEvenings)
      .where(eq(parentsEvenings.name, name));
    if (row) return row.id;
    if (name !== COMING_EVENING) throw new Error(`No demo evening called "${name}"`);
    const [open] = await this.db
      .select({ branchId: parentsEvenings.branchId })
      .from(parentsEvenings)
      .where(eq(parentsEvenings.name, OPEN_EVENING));
    const now = this.server.server.deps.clock.now().getTime();
    const evening = await createEvening(this.server.server.deps, await this.staffActor('dana.admin@riverside.test'), {
      branchId: open!.branchId,
      name,
      sessions: [{ date: new Date(now + 14 * DAY).toISOString().slice(0, 10), startTime: '17:00', endTime: '19:00' }],
      slotMinutes: 10,
      gapMinutes: 2,
      classIds: [],
      yearGroups: [],
      rules: openingRules(new Date(now + 2 * DAY)),
    });
    return evening.id;
  }

  /** A guest's link to a demo meeting, invited by its parent (once; later calls reuse the mail). */
  async invitationLink(topic: string, email = 'interpreter@example.test'): Promise<string> {
    return this.once(`invitation:${topic}`, async () => {
      const [meeting] = await this.db.select().from(appointments).where(eq(appointments.topic, topic));
      const [parent] = await this.db.select().from(guardians).where(eq(guardians.id, meeting!.guardianId));
      await inviteToMeeting(
        this.server.server.deps,
        { kind: 'guardian', id: parent!.id, email: parent!.email, name: parent!.name, language: null },
        { appointmentId: meeting!.id, invitee: { kind: 'guest', email, roleLabel: 'Interpreter' } },
      );
      return this.local(await latestInvitationLink(this.server, email));
    });
  }

  /** A meeting for the same parent straight after a demo meeting (back to back, as on an evening). */
  async meetingStraightAfter(topic: string, teacherEmail: string, child: string): Promise<void> {
    const [before] = await this.db.select().from(appointments).where(eq(appointments.topic, topic));
    const [sibling] = await this.db.select().from(appointments).where(eq(appointments.topic, child));
    await scheduleMeeting(this.server.server.deps, await this.staffActor(teacherEmail), {
      guardianId: before!.guardianId,
      studentId: sibling!.studentId,
      startsAt: before!.endsAt,
      endsAt: new Date(before!.endsAt.getTime() + 10 * 60_000),
      topic: 'Straight after',
    });
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

  private get db() {
    return this.server.testDb.db;
  }

  private async staffActor(email: string) {
    const [row] = await this.db.select().from(staffUsers).where(eq(staffUsers.email, email));
    return loadStaffActor(this.db, row!);
  }

  private async once<T>(key: string, create: () => Promise<T>): Promise<T> {
    if (this.made.has(key)) return this.made.get(key) as T;
    const made = await create();
    this.made.set(key, made);
    return made;
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
