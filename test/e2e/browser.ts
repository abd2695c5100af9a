// Debian's chromium driven by playwright-core, for the UI tests. Without chromium the tests
// skip on a workstation and fail in CI (CI installs it: .ci/run).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A reason to skip, or null when the browser tests can run; throws in CI without chromium. */
export function browserSkipReason(): string | null {
  if (existsSync(CHROMIUM)) return null;
  if (process.env.CI) throw new Error(`CI is set but ${CHROMIUM} is missing: install chromium (apt-get install -y chromium)`);
  return `${CHROMIUM} not found: browser tests skipped (apt-get install -y chromium to run them)`;
}

export function launchBrowser(): Promise<Browser> {
  // playwright gives every launch a fresh temporary profile (--user-data-dir) of its own.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
