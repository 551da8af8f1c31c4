import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  sidewaysScrollAtZoom,
  startTestServer,
  type TestServer,
} from '../src/index.ts';
import { ScreenWorld } from './support/screen-world.ts';
import { SCREENS } from './support/screens.ts';

/**
 * Issue 15, "accessible everywhere": axe-core (WCAG 2.0/2.1/2.2 A and AA, and best practice) finds
 * nothing on any screen of either app, and no parent screen scrolls sideways at 200% zoom on a
 * 360 px phone. One server and one Chromium walk every screen in order (support/screens.ts).
 */
let server: TestServer;
let browser: Browser;
let world: ScreenWorld;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser({ fakeMedia: true })]);
  world = new ScreenWorld(server, browser);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('every screen of both apps', { timeout: 120_000 }, () => {
  for (const screen of SCREENS) {
    it(`${screen.app}: ${screen.name}`, async () => {
      const page = await screen.open(world);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      if (screen.app === 'parent') {
        const sideways = await sidewaysScrollAtZoom(page);
        expect(sideways.pixels, `scrolls sideways at 200% zoom: ${sideways.culprits.join(', ')}`).toBe(0);
      }
    });
  }
});
