/**
 * The Chromium the end-to-end tests and benchmarks drive (scripts/chromium.mjs: CHROMIUM_PATH,
 * Debian's /usr/bin/chromium, or Playwright's own), with flags that keep it off the network.
 */
import { DEBIAN_CHROMIUM, resolveChromium } from '../../scripts/chromium.mjs';

export const CHROMIUM = resolveChromium();
/** The browser to launch; Debian's path when there is none, so a launch names what is missing. */
export const CHROMIUM_PATH = 'path' in CHROMIUM ? CHROMIUM.path : DEBIAN_CHROMIUM;
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
