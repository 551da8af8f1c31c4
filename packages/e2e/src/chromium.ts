import { existsSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';
import { e2eEnv } from './env.ts';

/** Flags for Debian's Chromium on a machine with no network but loopback (see DEVELOPERS.md). */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const FAKE_MEDIA = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];

function launchOptions(options: { fakeMedia?: boolean; args?: string[] }): LaunchOptions {
  if (!existsSync(e2eEnv.CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${e2eEnv.CHROMIUM_PATH}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const args = [...FLAGS, ...(options.fakeMedia ? FAKE_MEDIA : []), ...(options.args ?? [])];
  return {
    executablePath: e2eEnv.CHROMIUM_PATH,
    headless: e2eEnv.E2E_HEADED !== 'true',
    args: e2eEnv.E2E_HEADED === 'true' ? args.filter((a) => a !== '--headless') : args,
  };
}

/** A fresh Chromium for one test file. `fakeMedia` gives it a fake camera and microphone. */
export function launchBrowser(options: { fakeMedia?: boolean; args?: string[] } = {}): Promise<Browser> {
  return chromium.launch(launchOptions(options));
}

/** A persistent profile (install prompts and service workers behave as on a real device). */
export function launchPersistentBrowser(options: { fakeMedia?: boolean; args?: string[] } = {}): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'etm-chromium-'));
  return chromium.launchPersistentContext(dir, launchOptions(options));
}
