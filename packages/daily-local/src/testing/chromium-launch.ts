import type { LaunchOptions } from 'playwright-core';

/**
 * How the tests launch Debian's Chromium on a machine with no network but loopback (shared by this
 * package's browser tests and @edutrack/e2e; it lives here because e2e depends on this package).
 * Background networking stays off, or Chromium's calls home fail in bulk; the fake camera and
 * microphone need no prompt; loopback candidates let two pages connect where loopback is the only
 * interface, and media may play without a click.
 */
const BASE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const CALL_FLAGS = [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--autoplay-policy=no-user-gesture-required',
];

export function chromiumLaunchOptions(options: {
  executablePath: string;
  calls?: boolean;
  headed?: boolean;
  args?: string[];
}): LaunchOptions {
  return {
    executablePath: options.executablePath,
    headless: !options.headed,
    args: [
      ...(options.headed ? [] : ['--headless']),
      ...BASE_FLAGS,
      ...(options.calls ? CALL_FLAGS : []),
      ...(options.args ?? []),
    ],
  };
}
