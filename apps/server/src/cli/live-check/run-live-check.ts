import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import fastifyHelmet from '@fastify/helmet';
import { build } from 'esbuild';
import Fastify from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  admittedParentTokenProperties,
  parentTokenProperties,
  roomDifferences,
  roomPropertiesFor,
  teacherTokenProperties,
  type DailyClient,
} from '@edutrack/daily';
import { chromiumLaunchOptions } from '@edutrack/daily-local/testing/chromium';
import { contentSecurityPolicy } from '../../http/content-security-policy.ts';

export interface LiveCheckOptions {
  client: DailyClient;
  /** `daily`: the browsers run daily-js from Daily's CDN; `local`: the stand-in against an emulator. */
  mode: 'daily' | 'local';
  signallingUrl: string | null;
  /** Extra CSP connect-src, as the server would add (the emulator's signalling in local mode). */
  connectSources: string[];
  chromiumPath: string;
  /** Where our webhook should point, to say whether Daily's webhook is ours. */
  webhookUrl: string;
  report(line: string): void;
}

export interface StepResult {
  step: string;
  ok: boolean;
  detail: string;
}

const WAIT_MS = 45_000;
/** How long the token of the `eject_at_token_exp` step lives. */
const SHORT_TOKEN_MS = 8_000;

const secondsSince = (start: number) => Math.round((Date.now() - start) / 1000);

/** Polls Daily's record of the room's calls until `done` holds for the user ids it lists; answers them. */
async function waitForMeetingPeople(client: DailyClient, roomName: string, done: (people: Set<string>) => boolean) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const page = await client.listMeetings({ room: roomName });
    const people = new Set(
      (page.data ?? []).flatMap((m) => (m.participants ?? []).flatMap((p) => (p.user_id ? [p.user_id] : []))),
    );
    if (done(people)) return people;
    if (Date.now() > deadline) throw new Error(`not listed after ${WAIT_MS / 1000} s (listed: ${people.size})`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** A room name our servers never claim (reconcile deletes only `<prefix>-<hash>` rooms), so a running server leaves it alone. */
const checkRoomName = () => `livecheck-${randomBytes(6).toString('hex')}`;

/**
 * `pnpm daily:live-check`: one real call through Daily with our exact room policy, tokens, call object
 * and CSP, then the attendance record and the webhook's state, then everything it made deleted.
 * Every step is reported as it ends; a failed step stops the ones that need it.
 */
export async function runLiveCheck(options: LiveCheckOptions): Promise<StepResult[]> {
  const results: StepResult[] = [];
  const step = async (name: string, run: () => Promise<string>): Promise<boolean> => {
    try {
      const detail = await run();
      results.push({ step: name, ok: true, detail });
      options.report(`PASS  ${name}${detail ? ` (${detail})` : ''}`);
      return true;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      results.push({ step: name, ok: false, detail });
      options.report(`FAIL  ${name}: ${detail}`);
      return false;
    }
  };
  const { client } = options;
  const roomName = checkRoomName();
  const teacher = { id: randomUUID(), name: 'Live check teacher' };
  const parent = { id: randomUUID(), name: 'Live check parent (parent of Test Child)' };
  const now = new Date();
  const slot = { opensAt: new Date(now.getTime() - 60_000), closesAt: new Date(now.getTime() + 20 * 60_000) };
  let roomUrl = '';
  let tokens = { owner: '', knocking: '' };
  let browser: Browser | undefined;
  let pages: { teacher: Page; parent: Page } | undefined;
  const violations: string[] = [];
  let pageServer: Awaited<ReturnType<typeof servePage>> | undefined;

  try {
    const created = await step('create a room with our policy (private, knocking, nbf/exp, eject at exp)', async () => {
      const wanted = roomPropertiesFor(slot);
      const room = await client.createRoom({ name: roomName, ...wanted });
      const readBack = await client.getRoom(roomName);
      const differences = roomDifferences(readBack, wanted);
      if (differences.length) throw new Error(`Daily kept different settings: ${differences.join(', ')}`);
      roomUrl = room.url ?? readBack.url ?? '';
      if (!roomUrl) throw new Error('Daily answered no room URL');
      return roomName;
    });
    if (!created) return results;

    const minted = await step('mint an owner token and a knocking token', async () => {
      const exp = slot.closesAt;
      tokens = {
        owner: await client.createMeetingToken(
          teacherTokenProperties({ roomName, userId: teacher.id, userName: teacher.name, exp }),
        ),
        knocking: await client.createMeetingToken(
          parentTokenProperties({ roomName, userId: parent.id, userName: parent.name, exp }),
        ),
      };
      return '';
    });
    if (!minted) return results;

    const opened = await step('open two headless Chromium pages under the apps’ CSP', async () => {
      pageServer = await servePage(options.connectSources);
      browser = await chromium.launch(chromiumLaunchOptions({ executablePath: options.chromiumPath, calls: true }));
      const open = async (who: string) => {
        const context = await browser!.newContext();
        const page = await context.newPage();
        page.on('console', (message) => {
          if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${who}: ${message.text()}`);
        });
        await page.goto(pageServer!.url);
        await page.evaluate((ticket) => window.liveCheck.create(ticket), {
          mode: options.mode,
          signallingUrl: options.signallingUrl,
        });
        return page;
      };
      pages = { teacher: await open('teacher'), parent: await open('parent') };
      return `${options.mode === 'daily' ? 'daily-js' : 'local stand-in'} at ${pageServer.url}`;
    });
    if (!opened || !pages) return results;
    const { teacher: teacherPage, parent: parentPage } = pages;

    const hosting = await step('the teacher joins as the room’s owner', async () => {
      const level = await teacherPage.evaluate(([url, token]) => window.liveCheck.join(url, token), [
        roomUrl,
        tokens.owner,
      ] as const);
      if (level !== 'full') throw new Error(`access level ${level}, expected full`);
      return '';
    });
    if (!hosting) return results;

    const knocked = await step(
      'the parent knocks with the knocking token (preAuth → lobby → requestAccess)',
      async () => {
        const preAuth = await parentPage.evaluate(([url, token]) => window.liveCheck.preAuth(url, token), [
          roomUrl,
          tokens.knocking,
        ] as const);
        if (preAuth !== 'lobby') throw new Error(`preAuth answered ${preAuth}, expected lobby`);
        const level = await parentPage.evaluate(([url, token]) => window.liveCheck.join(url, token), [
          roomUrl,
          tokens.knocking,
        ] as const);
        if (level !== 'lobby') throw new Error(`joined at level ${level}, expected lobby`);
        await parentPage.evaluate((name) => window.liveCheck.knock(name), parent.name);
        return '';
      },
    );
    if (!knocked) return results;

    await step('Daily’s /meetings lists the teacher in the call but not the knocking parent', async () => {
      // What a parent's rejoin relies on when no webhook came (docs/decisions/018): a knock is not admission.
      const started = Date.now();
      const people = await waitForMeetingPeople(client, roomName, (seen) => seen.has(teacher.id));
      if (people.has(parent.id)) throw new Error('the parent in the lobby is listed as a participant');
      return `teacher listed after ${secondsSince(started)} s`;
    });

    const admitted = await step('the teacher sees the knock under the token’s name and admits it', async () => {
      const handle = await teacherPage.waitForFunction(
        (name) => window.liveCheck.waiting().find((w) => w.name === name)?.id,
        parent.name,
        { timeout: WAIT_MS },
      );
      const id = (await handle.jsonValue()) as string;
      await teacherPage.evaluate((knocker) => window.liveCheck.admit(knocker), id);
      await parentPage.waitForFunction(() => window.liveCheck.accessLevel() === 'full', undefined, {
        timeout: WAIT_MS,
      });
      return '';
    });
    if (!admitted) return results;

    await step('both see the other’s video', async () => {
      for (const page of [teacherPage, parentPage]) {
        await page.waitForFunction(() => window.liveCheck.remoteVideosPlaying() >= 1, undefined, {
          timeout: WAIT_MS,
          polling: 500,
        });
      }
      return '';
    });

    await step('Daily’s /meetings lists the admitted parent while the call is on', async () => {
      const started = Date.now();
      await waitForMeetingPeople(client, roomName, (seen) => seen.has(parent.id));
      return `after ${secondsSince(started)} s`;
    });

    await step('the parent drops and rejoins with a token without knocking: straight into the call', async () => {
      await parentPage.evaluate(() => window.liveCheck.leave());
      const rejoinToken = await client.createMeetingToken(
        admittedParentTokenProperties({ roomName, userId: parent.id, userName: parent.name, exp: slot.closesAt }),
      );
      const level = await parentPage.evaluate(([url, token]) => window.liveCheck.join(url, token), [
        roomUrl,
        rejoinToken,
      ] as const);
      if (level !== 'full') throw new Error(`joined at level ${level}, expected full (no lobby)`);
      return '';
    });

    await step('end the call for everyone (REST eject of everyone present)', async () => {
      const presence = await client.getRoomPresence(roomName);
      const ids = (presence.data ?? []).flatMap((p) => (p.id ? [p.id] : []));
      if (ids.length < 2) throw new Error(`Daily's presence lists ${ids.length} people, expected 2`);
      await client.ejectParticipants(roomName, { ids });
      for (const page of [teacherPage, parentPage]) {
        await page.waitForFunction(() => window.liveCheck.meetingState() !== 'joined-meeting', undefined, {
          timeout: WAIT_MS,
        });
      }
      return `${ids.length} ejected`;
    });

    await step('Daily’s /meetings records both people', async () => {
      // Daily may take a moment to close a meeting's record; the participants are what matters.
      const deadline = Date.now() + WAIT_MS;
      for (;;) {
        const page = await client.listMeetings({ room: roomName });
        const people = new Set((page.data ?? []).flatMap((m) => (m.participants ?? []).map((p) => p.user_id)));
        if (people.has(teacher.id) && people.has(parent.id)) return `${page.data?.length ?? 0} meeting(s)`;
        if (Date.now() > deadline) throw new Error(`participants seen: ${[...people].length}`);
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
    });

    await step('a short-lived token removes its holder at its exp (eject_at_token_exp)', async () => {
      const exp = new Date(Date.now() + SHORT_TOKEN_MS);
      const token = await client.createMeetingToken(
        teacherTokenProperties({ roomName, userId: teacher.id, userName: teacher.name, exp }),
      );
      const level = await teacherPage.evaluate(([url, t]) => window.liveCheck.join(url, t), [roomUrl, token] as const);
      if (level !== 'full') throw new Error(`joined at level ${level}, expected full`);
      await teacherPage.waitForFunction(() => window.liveCheck.meetingState() !== 'joined-meeting', undefined, {
        timeout: SHORT_TOKEN_MS + WAIT_MS,
        polling: 250,
      });
      const late = (Date.now() - exp.getTime()) / 1000;
      // exp is in whole seconds: up to a second early is still "at exp".
      if (late < -1.5) throw new Error(`removed ${(-late).toFixed(1)} s before the token's exp`);
      const reason = await teacherPage.evaluate(
        () => window.liveCheck.seen.findLast((e) => e.action === 'error')?.detail,
      );
      return `removed ${late.toFixed(1)} s after exp${reason ? `, error ${reason}` : ''}`;
    });

    await step('no Content-Security-Policy violation in either page', async () => {
      if (violations.length) throw new Error(violations.join(' | '));
      return '';
    });
  } finally {
    await step('webhook state', async () => {
      const webhooks = await client.listWebhooks();
      if (webhooks.length === 0) return 'none registered (attendance then relies on /meetings)';
      const hook = webhooks.find((w) => w.url === options.webhookUrl) ?? webhooks[0]!;
      const state = String(hook.state ?? 'unknown');
      if (state === 'FAILED' || state === '0')
        throw new Error(`FAILED (${hook.failedCount ?? '?'} failures); the server's check re-activates it`);
      return `${state}${hook.url === options.webhookUrl ? '' : `, points at ${hook.url}`}`;
    });
    await pages?.teacher.evaluate(() => window.liveCheck.leave()).catch(() => undefined);
    await pages?.parent.evaluate(() => window.liveCheck.leave()).catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await pageServer?.close().catch(() => undefined);
    await step('delete everything it made', async () => {
      await client.deleteRoomIfExists(roomName);
      if (await client.findRoom(roomName)) throw new Error(`room ${roomName} is still there`);
      return roomName;
    });
  }
  return results;
}

/** The page, on http://localhost (a secure context), with the same CSP the server sends (same helmet, same directives). */
async function servePage(connectSources: string[]) {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./live-check-page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  });
  const script = bundle.outputFiles[0]!.text;
  const app = Fastify();
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { directives: contentSecurityPolicy({ connectSources, upgradeInsecureRequests: false }) },
    crossOriginEmbedderPolicy: false,
  });
  app.get('/page.js', (_req, reply) => reply.type('text/javascript').send(script));
  app.get('/', (_req, reply) =>
    reply.type('text/html').send('<!doctype html><title>live check</title><script src="/page.js"></script>'),
  );
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url: `${address.replace('127.0.0.1', 'localhost')}/`, close: () => app.close() };
}
