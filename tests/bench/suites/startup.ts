/**
 * The start (issue 16): how much JavaScript the window loads before its start screen, and how
 * long a cold start takes until that screen is interactive, for the web build (out/bench-web)
 * and the desktop renderer (out/renderer, built by electron-vite). The desktop renderer is served
 * to Chromium like the web build: Electron's binary cannot be downloaded here, so its preload is
 * missing and the renderer picks the browser host, the stand-in for the window's own Host.
 * The renderer's code, build and start-up path are otherwise the ones the desktop app runs.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium';
import { INITIAL_JS_BUDGET_BYTES, initialJavaScript } from '../initialJs';
import { serveFolders } from '../staticServer';
import type { BenchRow, BenchSuite } from '../types';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** Cold starts per build; the median is reported. */
const STARTS = 5;
const START_BUDGET_MS = 500;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Start {
  /** From navigation start until the start screen's first button is there and the page answers a task. */
  interactive: number;
  firstContentfulPaint: number;
  longestTask: number;
}

/**
 * A cold start in a fresh browser context (no HTTP cache, no storage): interactive is the first
 * task that runs after the frame in which the start screen's primary button appeared, i.e. when a
 * click on it would be handled.
 */
async function coldStart(browser: Browser, url: string): Promise<Start> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const log = { interactive: 0, longest: 0 };
    (window as unknown as { __start: typeof log }).__start = log;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) log.longest = Math.max(log.longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
    const seen = new MutationObserver(() => {
      if (!document.querySelector('.start .button--primary')) return;
      seen.disconnect();
      requestAnimationFrame(() => setTimeout(() => (log.interactive = performance.now()), 0));
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __start: { interactive: number } }).__start.interactive > 0);
  // The paint entry is reported a moment after the frame it times.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const start = await page.evaluate(() => {
    const log = (window as unknown as { __start: { interactive: number; longest: number } }).__start;
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return { interactive: log.interactive, firstContentfulPaint: paint?.startTime ?? 0, longestTask: log.longest };
  });
  await context.close();
  return start;
}

const suite: BenchSuite = {
  name: 'startup',
  async run() {
    const rows: BenchRow[] = [];
    const builds = [
      { name: 'web build', dir: join(root, 'out/bench-web'), budget: true },
      { name: 'desktop renderer', dir: join(root, 'out/renderer'), budget: false },
    ];
    const server = await serveFolders({ '/desktop/': builds[1]!.dir, '/': builds[0]!.dir });
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      for (const build of builds) {
        const suiteName = `startup ${build.name}`;
        const initial = initialJavaScript(build.dir);
        rows.push(
          {
            suite: suiteName,
            metric: 'initial JavaScript, gzipped',
            value: initial.gzipBytes / 1000,
            unit: 'kB',
            note: `${initial.files.length} files, ${(initial.bytes / 1000).toFixed(0)} kB unzipped`,
            ...(build.budget ? { target: { op: '<=' as const, value: INITIAL_JS_BUDGET_BYTES / 1000 } } : {}),
          },
          { suite: suiteName, metric: 'initial JavaScript', value: initial.bytes / 1000, unit: 'kB' },
        );
        const url = `${server.url}${build.budget ? '/' : '/desktop/'}`;
        await coldStart(browser, url); // the browser's own first start is not the app's
        const starts: Start[] = [];
        for (let i = 0; i < STARTS; i++) starts.push(await coldStart(browser, url));
        const note = `median of ${STARTS} cold starts${build.budget ? '' : ', browser host standing in for the preload'}`;
        rows.push(
          {
            suite: suiteName,
            metric: 'cold start to the start screen interactive',
            value: median(starts.map((s) => s.interactive)),
            unit: 'ms',
            note,
            target: { op: '<=', value: START_BUDGET_MS },
          },
          {
            suite: suiteName,
            metric: 'first contentful paint',
            value: median(starts.map((s) => s.firstContentfulPaint)),
            unit: 'ms',
          },
          {
            suite: suiteName,
            metric: 'longest main-thread task during the start',
            value: median(starts.map((s) => s.longestTask)),
            unit: 'ms',
          },
        );
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return rows;
  },
};

export default suite;
