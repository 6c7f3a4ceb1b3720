import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './tests/e2e/chromium';

// No browser: stop here with one line naming both ways to get one, not with a stack per test.
if ('missing' in CHROMIUM) {
  process.stderr.write(`${CHROMIUM.missing}\n`);
  process.exit(1);
}

/** End-to-end tests of the built web renderer in Debian's Chromium or Playwright's own (never downloaded here). */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: 'http://127.0.0.1:4173',
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM.path, args: CHROMIUM_ARGS },
    viewport: { width: 1400, height: 860 },
    trace: 'off',
  },
  webServer: {
    command: 'npx vite preview -c vite.web.config.ts --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
