import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Whether browser tests can run here. Without Chromium they are skipped with one plain line,
 * unless E2E_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env.E2E_REQUIRE_BROWSER === '1') {
    throw new Error(`E2E_REQUIRE_BROWSER=1 but no Chromium at ${chromiumPath} (set CHROMIUM_PATH or apt-get install chromium)`);
  }
  process.stdout.write(`Skipping browser tests: no Chromium at ${chromiumPath} (set CHROMIUM_PATH or apt-get install chromium).\n`);
  return false;
}

export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'],
  });
}
