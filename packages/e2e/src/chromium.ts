import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';
import { chromiumLaunchOptions } from '@edutrack/daily-local/testing/chromium';
import { e2eEnv } from './env.ts';

function launchOptions(options: { fakeMedia?: boolean; args?: string[] }): LaunchOptions {
  if (!existsSync(e2eEnv.CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${e2eEnv.CHROMIUM_PATH}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromiumLaunchOptions({
    executablePath: e2eEnv.CHROMIUM_PATH,
    calls: options.fakeMedia,
    headed: e2eEnv.E2E_HEADED === 'true',
    args: options.args,
  });
}

/** A fresh Chromium for one test file. `fakeMedia` gives it a fake camera and microphone for calls. */
export function launchBrowser(options: { fakeMedia?: boolean; args?: string[] } = {}): Promise<Browser> {
  return chromium.launch(launchOptions(options));
}

/** A persistent profile (install prompts and service workers behave as on a real device). */
export function launchPersistentBrowser(
  options: { fakeMedia?: boolean; args?: string[] } = {},
): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'etm-chromium-'));
  return chromium.launchPersistentContext(dir, launchOptions(options));
}
