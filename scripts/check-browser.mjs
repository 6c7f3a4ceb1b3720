#!/usr/bin/env node
/**
 * First step of `npm test`: stop at once, with one line, when there is no Chromium for the
 * end-to-end tests, instead of failing after the typecheck, lint and unit tests have run.
 */
import { resolveChromium } from './chromium.mjs';

const chromium = resolveChromium();
if ('missing' in chromium) {
  process.stderr.write(`npm test: ${chromium.missing}\n`);
  process.exit(1);
}
