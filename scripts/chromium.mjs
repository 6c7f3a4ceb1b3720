/**
 * Which Chromium the end-to-end tests and benchmarks drive: CHROMIUM_PATH when set, else Debian's
 * (/usr/bin/chromium), else the one `npx playwright install chromium` puts in Playwright's cache.
 * Playwright itself is never asked to download anything here.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The one line said when there is no browser, naming both ways to get one. */
export const NO_BROWSER_MESSAGE =
  "No Chromium for the end-to-end tests: install Debian's with `apt-get install -y chromium fonts-noto-cjk` " +
  "or Playwright's with `npx playwright install chromium` (or set CHROMIUM_PATH to a Chromium).";

/** Where Playwright keeps its own Chromium (whether or not it is installed). */
function playwrightChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * @param {{ env?: Record<string, string | undefined>, exists?: (path: string) => boolean, playwright?: () => string | undefined }} [options]
 *   the environment and probes, replaceable in tests
 * @returns {{ path: string, source: 'CHROMIUM_PATH' | 'debian' | 'playwright' } | { missing: string }}
 */
export function resolveChromium(options = {}) {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  const playwright = options.playwright ?? playwrightChromium;
  if (env.CHROMIUM_PATH) {
    return exists(env.CHROMIUM_PATH)
      ? { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' }
      : { missing: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which does not exist. ${NO_BROWSER_MESSAGE}` };
  }
  if (exists(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: 'debian' };
  const own = playwright();
  if (own && exists(own)) return { path: own, source: 'playwright' };
  return { missing: NO_BROWSER_MESSAGE };
}
