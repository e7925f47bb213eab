import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Whether browser tests can run here. Without Chromium they are skipped with one plain line,
 * unless E2E_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env.E2E_REQUIRE_BROWSER === '1') {
    throw new Error(
      `E2E_REQUIRE_BROWSER=1 but no Chromium at ${chromiumPath} (set CHROMIUM_PATH or apt-get install chromium)`,
    );
  }
  process.stdout.write(
    `Skipping browser tests: no Chromium at ${chromiumPath} (set CHROMIUM_PATH or apt-get install chromium).\n`,
  );
  return false;
}

export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
}

/** The browser tests serve the built client: say how to get it rather than fail obscurely. */
export function requireBuiltClient(): void {
  if (!existsSync(path.resolve(__dirname, '../../dist/client/index.html')))
    throw new Error('client not built: run `npm test` (it builds) or `npm run build`');
}

/**
 * A desk signed in, in its own browser context (its own cookies): as a second agent at another
 * workstation. Waits until the desk is live, and sets a presence when asked.
 */
export async function signInDesk(
  browser: Browser,
  url: string,
  who: { email: string; password: string },
  options: { locale?: string; viewport?: { width: number; height: number }; presence?: 'available' | 'away' } = {},
): Promise<Page> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: options.viewport ?? { width: 1400, height: 1000 },
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('searchbox', { name: 'Search customers' }).waitFor();
  if (options.presence) await page.getByRole('combobox', { name: 'Presence' }).selectOption(options.presence);
  await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
  return page;
}
