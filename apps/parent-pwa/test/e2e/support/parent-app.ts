import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { latestSignInLink, type TestServer } from '@edutrack/e2e';

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** The server serves apps/parent-pwa/dist: these tests exercise the built app. */
export function requireBuiltApp(): void {
  if (!existsSync(`${dist}index.html`) || !existsSync(`${dist}sw.js`)) {
    throw new Error(
      'The parent app has not been built. Run `pnpm build` in apps/parent-pwa first (turbo does this before `test`).',
    );
  }
}

export const LI_CHEN = 'li.chen@example.com';

/** Signs in the way a parent does: ask for a link, open it from the email, press Continue. */
export async function signIn(page: Page, server: TestServer, email = LI_CHEN): Promise<void> {
  await page.goto(`${server.url}/parent/`);
  await page.waitForURL(`${server.url}/parent/sign-in`);
  await page.getByRole('textbox', { name: 'Your email address' }).fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();

  const link = await latestSignInLink(server, email);
  await page.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: /^Hello, / }).waitFor();
}
