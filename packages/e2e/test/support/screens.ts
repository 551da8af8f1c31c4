import type { Page } from 'playwright-core';
import { latestSignInLink } from '../../src/index.ts';
import { COMING_EVENING, OPEN_EVENING, type ScreenWorld } from './screen-world.ts';

/**
 * Every screen of both apps, in the order a walk through them needs (the call screens continue one
 * call: the teacher opens the room, the parent knocks, the teacher admits). To check a new screen,
 * add a row: `open` brings a page to it and waits until it shows what a person would see.
 * `app: 'parent'` screens are also checked for reflow at 200% zoom on a 360 px phone.
 */
export interface Screen {
  app: 'parent' | 'staff';
  name: string;
  open(world: ScreenWorld): Promise<Page>;
}

const MAYA = 'Reading progress this term';
const SAM = 'Maths homework';
const ADMIN = 'dana.admin@riverside.test';

const heading = async (page: Page, name: string | RegExp, timeout = 30_000) => {
  await page.getByRole('heading', { name }).first().waitFor({ timeout });
  return page;
};

async function goTo(page: Page, world: ScreenWorld, path: string, name: string | RegExp): Promise<Page> {
  await page.goto(world.url(path));
  return heading(page, name);
}

/** A staff screen reached by its address, signed in as a teacher or `as` someone else, showing `name`. */
function staffScreen(
  name: string,
  path: string | ((world: ScreenWorld) => Promise<string>),
  heading: string | RegExp,
  as?: string,
): Screen {
  return {
    app: 'staff',
    name,
    open: async (world) =>
      goTo(await world.staff(as), world, typeof path === 'string' ? path : await path(world), heading),
  };
}

export const SCREENS: Screen[] = [
  // ── Parent app ────────────────────────────────────────────────────────────────────────────
  {
    app: 'parent',
    name: 'sign-in',
    open: async (world) => goTo(await world.freshPage('phone'), world, '/parent/sign-in', 'Sign in'),
  },
  {
    app: 'parent',
    name: 'sign-in: check your email',
    open: async (world) => {
      const page = await goTo(await world.freshPage('phone'), world, '/parent/sign-in', 'Sign in');
      await page.getByRole('textbox', { name: 'Your email address' }).fill('sofia.garcia@example.com');
      await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
      return heading(page, 'Check your email');
    },
  },
  {
    app: 'parent',
    name: 'sign-in: continue from the emailed link',
    open: async (world) => {
      const link = await latestSignInLink(world.server, 'sofia.garcia@example.com');
      const page = await world.freshPage('phone');
      await page.goto(world.local(link));
      return heading(page, 'Sign in to EduTrack Meet');
    },
  },
  { app: 'parent', name: 'home', open: async (world) => heading(await world.parent(), 'Hello, Li Chen') },
  {
    app: 'parent',
    name: 'book: open times',
    open: async (world) => {
      const page = await goTo(await world.parent(), world, '/parent/book', 'Book a meeting');
      await page
        .getByRole('button', { name: /\d\d:\d\d/ })
        .first()
        .waitFor();
      return page;
    },
  },
  {
    app: 'parent',
    name: 'meeting details',
    open: async (world) =>
      goTo(await world.parent(), world, `/parent/meetings/${await world.meetingId(SAM)}`, 'Meeting details'),
  },
  {
    app: 'parent',
    name: 'choose another time',
    open: async (world) =>
      goTo(
        await world.parent(),
        world,
        `/parent/meetings/${await world.meetingId(SAM)}/reschedule`,
        'Choose another time',
      ),
  },
  {
    app: 'parent',
    name: 'page not found',
    open: async (world) => goTo(await world.parent(), world, '/parent/nowhere', "We couldn't find that page"),
  },
  {
    app: 'parent',
    name: "parents' evening: before booking opens",
    open: async (world) =>
      goTo(
        await world.parent(),
        world,
        `/parent/book/evenings/${await world.eveningId(COMING_EVENING)}`,
        /^Booking opens/,
      ),
  },
  {
    app: 'parent',
    name: "parents' evening: booking open, choosing who and when",
    open: async (world) =>
      goTo(
        await world.parent(),
        world,
        `/parent/book/evenings/${await world.eveningId(OPEN_EVENING)}`,
        'Book your meetings',
      ),
  },
  {
    app: 'parent',
    name: "parents' evening: proposed times, held for the family",
    open: async (world) => {
      const page = await world.parent();
      // The planner's own choice: the joint meeting ticked, covering its teachers (decision 014).
      await page.getByRole('button', { name: 'Find times' }).click();
      await heading(page, 'Your proposed evening');
      await page.getByRole('button', { name: /^Confirm all/ }).waitFor();
      return page;
    },
  },
  {
    app: 'parent',
    name: "parents' evening: booked",
    open: async (world) => {
      // Booked, the evening also fills the teachers' "My evening" further on.
      const page = await world.parent();
      await page.getByRole('button', { name: /^Confirm all/ }).click();
      await page.getByText(/^Booked: \d+ meetings/).waitFor({ timeout: 30_000 });
      return heading(page, 'Your evening');
    },
  },
  {
    app: 'parent',
    name: 'guest: invitation opened from the emailed link',
    open: async (world) => {
      const page = await world.freshPage('phone');
      await page.goto(await world.invitationLink(SAM));
      await page.getByRole('button', { name: 'Join Video Call' }).waitFor({ timeout: 30_000 });
      return page;
    },
  },
  // ── Staff portal ──────────────────────────────────────────────────────────────────────────
  {
    app: 'staff',
    name: 'sign-in',
    open: async (world) => goTo(await world.freshPage('tablet'), world, '/staff/', 'Sign in'),
  },
  {
    app: 'staff',
    name: 'set password (link without a token)',
    open: async (world) => goTo(await world.freshPage('tablet'), world, '/staff/set-password', 'Set your password'),
  },
  { app: 'staff', name: 'agenda', open: async (world) => heading(await world.staff(), 'Agenda') },
  {
    app: 'staff',
    name: 'agenda: a month calendar opened beside a date field',
    open: async (world) => {
      const page = await goTo(await world.staff(), world, '/staff/', 'Agenda');
      await page
        .getByRole('group', { name: 'Another day', exact: true })
        .getByRole('button', { name: /Calendar/ })
        .click();
      await page.getByRole('dialog').getByRole('grid').waitFor();
      return page;
    },
  },
  staffScreen('schedule a meeting', '/staff/meetings/new', 'Schedule a meeting'),
  staffScreen(
    'meeting detail',
    async (world) => `/staff/meetings/${await world.meetingId(MAYA)}`,
    'Meeting with Li Chen',
  ),
  staffScreen('availability', '/staff/availability', /^Availability/),
  staffScreen('import directory (admin)', '/staff/directory-import', 'Import directory', ADMIN),
  staffScreen('branch settings (admin)', '/staff/settings', 'Branch settings', ADMIN),
  staffScreen("parents' evenings (admin)", '/staff/evenings', 'Parents’ evenings', ADMIN),
  staffScreen("set up a parents' evening (admin)", '/staff/evenings/new', 'Set up a parents’ evening', ADMIN),
  staffScreen(
    "manage a parents' evening (admin)",
    async (world) => `/staff/evenings/${await world.eveningId(OPEN_EVENING)}`,
    OPEN_EVENING,
    ADMIN,
  ),
  {
    app: 'staff',
    name: 'booking dashboard: an evening, with the families who have not booked (admin)',
    open: async (world) => {
      const page = await goTo(await world.staff(ADMIN), world, '/staff/dashboard', 'Booking dashboard');
      await page.getByRole('table', { name: 'Families who have not booked' }).waitFor({ timeout: 30_000 });
      return page;
    },
  },
  {
    app: 'staff',
    name: 'booking dashboard: meetings on chosen days, with attendance (admin)',
    open: async (world) => {
      const page = await world.staff(ADMIN);
      await page.getByLabel('Report on').selectOption({ label: 'Meetings on days I choose' });
      await page.getByRole('table', { name: 'Attendance by teacher' }).waitFor({ timeout: 30_000 });
      return page;
    },
  },
  staffScreen('my evening', async (world) => `/staff/evenings/${await world.eveningId(OPEN_EVENING)}`, 'My evening'),
  {
    app: 'staff',
    name: 'running order',
    open: async (world) => {
      const page = await goTo(await world.staff(), world, '/staff/running-order', 'Running order');
      // Which section the demo's meetings are in depends on the time the walk gets here.
      await page
        .getByRole('list', { name: /^(Now|Next|Later|Done)$/ })
        .first()
        .waitFor({ timeout: 30_000 });
      return page;
    },
  },
  staffScreen('meet now', '/staff/meet-now', 'Meet now'),
  staffScreen('page not found', '/staff/nowhere', 'Page not found'),
  // ── One call, both sides ──────────────────────────────────────────────────────────────────
  {
    app: 'staff',
    name: 'call: device check',
    open: async (world) =>
      goTo(
        await world.staff(),
        world,
        `/staff/meetings/${await world.meetingId(MAYA)}/call`,
        'Check your camera and microphone',
      ),
  },
  {
    app: 'staff',
    name: 'call: in the room, alone',
    open: async (world) => {
      const page = await world.staff();
      const join = page.getByRole('button', { name: 'Join Video Call' });
      await join.and(page.locator(':enabled')).waitFor({ timeout: 30_000 });
      await join.click();
      await page.getByText('Waiting for Li Chen.', { exact: false }).waitFor({ timeout: 30_000 });
      return page;
    },
  },
  {
    app: 'parent',
    name: 'call: device check, with the connection test',
    open: async (world) => {
      const page = await goTo(
        await world.parent(),
        world,
        `/parent/meetings/${await world.meetingId(MAYA)}/call`,
        'Check your camera and microphone',
      );
      // The stand-in's test measures a real WebRTC connection for a few seconds.
      await page.getByText('Your connection is good for a video call.').waitFor({ timeout: 40_000 });
      return page;
    },
  },
  {
    app: 'parent',
    name: 'call: waiting to be let in',
    open: async (world) => {
      const page = await world.parent();
      const join = page.getByRole('button', { name: 'Join Video Call' });
      await join.and(page.locator(':enabled')).waitFor({ timeout: 30_000 });
      await join.click();
      await page.getByText('Ms. Rivera is in the call and can see that you are waiting.').waitFor({ timeout: 30_000 });
      return page;
    },
  },
  {
    app: 'staff',
    name: 'call: a parent knocking',
    open: async (world) => {
      const page = await world.staff();
      await page.getByText('Expected parent').first().waitFor({ timeout: 30_000 });
      return page;
    },
  },
  {
    app: 'parent',
    name: 'call: in the call',
    open: async (world) => {
      await (await world.staff()).getByRole('button', { name: /^Admit Li Chen/ }).click();
      return heading(await world.parent(), 'Meeting with Ms. Rivera about Maya Chen');
    },
  },
  {
    app: 'staff',
    name: "call: in the call, seeing the parent's connection",
    open: async (world) => {
      const page = await world.staff();
      // Measured from the call's own WebRTC stats on the parent's side, and told to the teacher.
      const parentsPicture = page.locator('figure').filter({ hasText: 'Li Chen' });
      await parentsPicture.getByText('Connection: good').waitFor({ timeout: 40_000 });
      return page;
    },
  },
  {
    app: 'parent',
    name: 'call: back in by itself after the connection dropped',
    open: async (world) => {
      const page = await world.parent();
      const teacher = await world.staff();
      await page.evaluate(() => {
        const seen = window as unknown as { sawReconnecting?: boolean };
        new MutationObserver(() => {
          if (document.querySelector('h1')?.textContent === 'Reconnecting…') seen.sawReconnecting = true;
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await world.dropConnection(page);
      // The stand-in reports a fatal connection-error; the app asks for a rejoin ticket and joins again.
      await page.waitForFunction(() => (window as unknown as { sawReconnecting?: boolean }).sawReconnecting);
      await heading(page, 'Meeting with Ms. Rivera about Maya Chen');
      await teacher.locator('figure').filter({ hasText: 'Li Chen' }).waitFor({ timeout: 30_000 });
      // No knock: the teacher's waiting room stays empty.
      if ((await teacher.getByText('Expected parent').count()) > 0) throw new Error('the parent had to knock again');
      return page;
    },
  },
  {
    app: 'staff',
    name: 'call: ended for everyone by the teacher',
    open: async (world) => {
      // Li Chen's next meeting starts as this one ends, so her end screen offers it.
      await world.meetingStraightAfter(MAYA, 'ben.okafor@riverside.test', SAM);
      const page = await world.staff();
      await page.getByRole('button', { name: 'End meeting for everyone' }).click();
      await page.getByRole('button', { name: 'Yes, end the meeting' }).click();
      return heading(page, 'The meeting has ended');
    },
  },
  {
    app: 'parent',
    name: 'call: ended, with the next meeting back to back',
    open: async (world) => {
      const page = await heading(await world.parent(), 'The meeting has ended');
      await page
        .getByRole('region', { name: 'Your next meeting' })
        .getByRole('button', { name: 'Join Video Call' })
        .waitFor({ timeout: 30_000 });
      return page;
    },
  },
];
