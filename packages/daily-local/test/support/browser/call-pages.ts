import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../src/testing/chromium-launch.ts';
import type { CallPageDriver, EventRecord, JoinProperties } from './call-page-driver.ts';

// The README's CHROMIUM_PATH, as the e2e tests read it; this package's own code never reads the environment.
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install chromium, or set CHROMIUM_PATH`);
  return chromium.launch(chromiumLaunchOptions({ executablePath: CHROMIUM_PATH, calls: true }));
}

/** The stand-in and the page driver, bundled for the browser as an app's bundler would. */
async function bundleDriver(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./call-page-driver.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error('esbuild produced nothing');
  return output.text;
}

export interface PageServer {
  /** http://localhost:<port>/ : a secure context, so getUserMedia works. */
  url: string;
  close(): Promise<void>;
}

/** Serves the test page and the bundle from http://localhost, apart from the emulator (as a CDN-less app would). */
export async function startPageServer(): Promise<PageServer> {
  const script = await bundleDriver();
  const server: Server = createServer((request, response) => {
    if (request.url === '/driver.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      return;
    }
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><title>local call</title><script src="/driver.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('page server is not on TCP');
  return {
    url: `http://localhost:${address.port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type DriverResult<K extends keyof CallPageDriver> = CallPageDriver[K] extends (...args: never[]) => infer R
  ? Awaited<R>
  : never;

/** One person's browser tab (its own context: own cookies, own camera) with a stand-in call object. */
export class CallPage {
  readonly problems: string[] = [];

  private constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console: ${message.text()}`);
    });
  }

  static async open(browser: Browser, pageUrl: string, signallingUrl: string): Promise<CallPage> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.evaluate((url) => window.driver.create(url), signallingUrl);
    return new CallPage(page);
  }

  preAuth(properties: JoinProperties): Promise<string> {
    return this.page.evaluate((props) => window.driver.preAuth(props), properties);
  }

  join(properties: JoinProperties): Promise<DriverResult<'join'>> {
    return this.page.evaluate((props) => window.driver.join(props), properties);
  }

  knock(name: string): Promise<void> {
    return this.page.evaluate((who) => window.driver.knock(who), name);
  }

  answer(id: string, grant: boolean): Promise<string> {
    return this.page.evaluate(([who, yes]) => window.driver.answer(who, yes), [id, grant] as const);
  }

  state(): Promise<DriverResult<'state'>> {
    return this.page.evaluate(() => window.driver.state());
  }

  localSummary(): Promise<DriverResult<'localSummary'>> {
    return this.page.evaluate(() => window.driver.localSummary());
  }

  events(): Promise<EventRecord[]> {
    return this.page.evaluate(() => window.driver.events);
  }

  accessResult(): Promise<CallPageDriver['accessResult']> {
    return this.page.evaluate(() => window.driver.accessResult);
  }

  remoteMedia(): Promise<DriverResult<'remoteMedia'>> {
    return this.page.evaluate(() => window.driver.remoteMedia());
  }

  room(): Promise<unknown> {
    return this.page.evaluate(() => window.driver.room());
  }

  leave(): Promise<void> {
    return this.page.evaluate(() => window.driver.leave());
  }

  endForEveryone(): Promise<void> {
    return this.page.evaluate(() => window.driver.endForEveryone());
  }

  setLocalVideo(on: boolean): Promise<void> {
    return this.page.evaluate((yes) => window.driver.setLocalVideo(yes), on);
  }

  testCallQuality(): Promise<unknown> {
    return this.page.evaluate(() => window.driver.testCallQuality());
  }

  networkState(): Promise<string> {
    return this.page.evaluate(() => window.driver.networkState());
  }

  /** Waits until an event with this action (and, optionally, these fields) was seen. */
  async waitForEvent(action: string, fields: Partial<EventRecord> = {}, timeout = 15_000): Promise<EventRecord> {
    await this.page.waitForFunction(
      ([wanted, match]) =>
        window.driver.events.some(
          (event) =>
            event.action === wanted &&
            Object.entries(match).every(
              ([key, value]) => JSON.stringify(Reflect.get(event, key)) === JSON.stringify(value),
            ),
        ),
      [action, fields] as const,
      { timeout },
    );
    const events = await this.events();
    const found = events.find(
      (event) =>
        event.action === action &&
        Object.entries(fields).every(
          ([key, value]) => JSON.stringify(Reflect.get(event, key)) === JSON.stringify(value),
        ),
    );
    if (found === undefined) throw new Error(`event ${action} vanished`);
    return found;
  }

  /** Waits until the page's call state satisfies a check written in the test (run in Node, polled). */
  async waitForState(
    check: (state: DriverResult<'state'>) => boolean,
    timeout = 15_000,
  ): Promise<DriverResult<'state'>> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const state = await this.state();
      if (check(state)) return state;
      if (Date.now() > deadline) throw new Error(`state never matched; last: ${JSON.stringify(state)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  close(): Promise<void> {
    return this.page.context().close();
  }
}
