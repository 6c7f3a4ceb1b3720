/**
 * Editor speed in Chromium: open-to-drawn time, frame times while dragging a card and while
 * panning, the longest main-thread task while a remote change and an undo are applied, and heap
 * after 200 undoable edits, each next to a bare React Flow page with the same number of default
 * nodes in the same run, with the ratio printed (issue 16's targets: drag and pan frame p95
 * within 1.25x of bare at 1,000 cards and 1.5x at 3,000, open to drawn within 1.25x at 1,000,
 * no task over 100 ms for a remote change or an undo at 3,000, heap after the edits at most
 * 1.2x the heap after load at 3,000). The bare page draws its nodes at the editor's card
 * rectangles, and drag and pan run on both zoomed out as far as they go (the whole 1,000-card
 * map on screen), whatever zoom the editor opens at.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { layoutMap } from '../../../shared/layout/mapLayout';
import { serializeJourney } from '../../../shared/model';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium';
import { panFrames, percentile, startFrameLog, stopFrameLog, waitForSettled, zoomOutFully } from '../frames';
import { generateJourney } from '../generateJourney';
import { serveFolders } from '../staticServer';
import type { BenchRow, BenchSuite } from '../types';

/** `BENCH_EDITOR_SIZES=1000,3000 npm run bench -- editor` runs some sizes only (while working on one). */
const SIZES_TO_TEST = process.env.BENCH_EDITOR_SIZES
  ? process.env.BENCH_EDITOR_SIZES.split(',').map(Number)
  : [100, 1000, 3000];
const root = fileURLToPath(new URL('../../../', import.meta.url));
const FRAME_BUDGET_MS = 1000 / 60;
const LONG_TASK_BUDGET_MS = 100;

/** Issue 16's ratios to bare React Flow, by card count. */
const FRAME_RATIO_TARGET: Record<number, number> = { 1000: 1.25, 3000: 1.5 };
const DRAWN_RATIO_TARGET: Record<number, number> = { 1000: 1.25 };
const HEAP_RATIO_TARGET: Record<number, number> = { 3000: 1.2 };
const target = (table: Record<number, number>, n: number) =>
  table[n] === undefined ? {} : { target: { op: '<=' as const, value: table[n] } };

async function waitForDrawn(page: Page, selector: string, count: number) {
  await page.waitForFunction(
    ([sel, n]) => {
      const nodes = document.querySelectorAll(sel as string);
      if (nodes.length < (n as number)) return false;
      return [...nodes].every((el) => (el as HTMLElement).style.visibility !== 'hidden');
    },
    [selector, count] as const,
    { polling: 'raf', timeout: 120_000 },
  );
}

/**
 * 60 pointer moves dragging the nth element of `selector` that is on screen. Zoomed out around
 * the corner, the bare page's first nodes in page order lie off screen, and a drag from there
 * moved nothing: its "drag" frames were idle frames.
 */
async function dragFrames(page: Page, selector: string, nth = 0): Promise<number[]> {
  const index = await page.evaluate(
    ([sel, n]) => {
      const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
      const onScreen = [...document.querySelectorAll(sel as string)].map((el, i) => {
        const r = el.getBoundingClientRect();
        const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
        return x > pane.left && x < pane.right - 260 && y > pane.top && y < pane.bottom - 200 ? i : -1;
      });
      return onScreen.filter((i) => i >= 0)[n as number] ?? -1;
    },
    [selector, nth] as const,
  );
  if (index < 0) throw new Error(`no ${selector} number ${nth} on screen to drag`);
  const box = (await page.locator(selector).nth(index).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await startFrameLog(page);
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(box.x + box.width / 2 + i * 3, box.y + box.height / 2 + i * 2);
    await page.waitForTimeout(16);
  }
  const frames = await stopFrameLog(page);
  await page.mouse.up();
  return frames;
}

/** Long tasks on the page from now on (the observer is installed before the app loads). */
async function longTasksDuring(page: Page, work: () => Promise<unknown>): Promise<number> {
  const from = await page.evaluate(() => performance.now());
  await work();
  // Two frames and a pause: the change has been rendered, and a trailing long task reported.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(400);
  return page.evaluate(
    (since) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
          .filter((t) => t.start + t.duration >= since)
          .map((t) => t.duration),
      ),
    from,
  );
}

interface BenchEditor {
  document: { getState(): { journey: { touchpoints: { title: string }[] } } };
  applyRemote(journey: unknown): void;
  runner(source: string): { run(id: string): Promise<boolean> };
}

const suite: BenchSuite = {
  name: 'editor',
  async run() {
    const rows: BenchRow[] = [];
    const server = await serveFolders({ '/bare/': join(root, 'out/bench-bare'), '/': join(root, 'out/bench-web') });
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
    });
    const dir = mkdtempSync(join(tmpdir(), 'js-bench-'));
    try {
      for (const n of SIZES_TO_TEST) {
        const file = join(dir, `bench-${n}.journey`);
        const journey = generateJourney(n);
        writeFileSync(file, serializeJourney(journey));
        // The bare page draws its nodes where the editor draws the cards.
        const cards = layoutMap(journey).cards;
        const boxes = journey.touchpoints.map((tp) => cards.get(tp.id)!);

        const bare = await browser.newPage({ viewport: { width: 1400, height: 860 } });
        await bare.goto(`${server.url}/bare/`);
        const bareStart = Date.now();
        await bare.evaluate(([count, rects]) => window.renderBare(count, rects), [n, boxes] as const);
        await waitForDrawn(bare, '.react-flow__node', n);
        await waitForSettled(bare, '.react-flow__node');
        const bareDrawn = Date.now() - bareStart - 5 * FRAME_BUDGET_MS;
        await zoomOutFully(bare);
        await waitForSettled(bare, '.react-flow__node');
        const bareVisible = await bare.locator('.react-flow__node').count();
        await dragFrames(bare, '.react-flow__node', 0);
        const bareDrag = await dragFrames(bare, '.react-flow__node', 3);
        const barePan = await panFrames(bare);
        await bare.close();

        const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
        await page.addInitScript(() => {
          const w = window as unknown as Record<string, unknown>;
          delete w.showOpenFilePicker;
          delete w.showSaveFilePicker;
          const tasks: { start: number; duration: number }[] = [];
          w.__longTasks = tasks;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
          }).observe({ type: 'longtask', buffered: true });
        });
        page.on('download', () => undefined);
        await page.goto(`${server.url}/`);
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Open…' }).first().click();
        const start = Date.now();
        await (await chooser).setFiles(file);
        await page
          .getByRole('textbox', { name: 'Journey title' })
          .and(page.locator(`[value="Benchmark ${n}"]`))
          .waitFor({ timeout: 120_000 });
        await waitForSettled(page, '.react-flow__node-touchpoint');
        // Five settle frames were spent proving it had settled; they are not drawing time.
        const drawn = Date.now() - start - 5 * FRAME_BUDGET_MS;
        const visible = await page.locator('.react-flow__node-touchpoint').count();
        // Drag and pan with as much of the map on screen as on the bare page.
        await zoomOutFully(page);
        await waitForSettled(page, '.react-flow__node-touchpoint');
        const visibleAtFit = await page.locator('.react-flow__node-touchpoint').count();
        // The first drag after opening also pays for first paint of tiles and the inspector's first mount.
        const firstDrag = await dragFrames(page, '.react-flow__node-touchpoint', 0);
        const drag = await dragFrames(page, '.react-flow__node-touchpoint', 3);
        const pan = await panFrames(page);

        // A change from a shared document (one card renamed elsewhere), then an undo of the last drag.
        const remoteTask = await longTasksDuring(page, () =>
          page.evaluate(() => {
            const editor = (window as unknown as { __journeyEditor: BenchEditor }).__journeyEditor;
            const journey = editor.document.getState().journey;
            editor.applyRemote({
              ...journey,
              touchpoints: journey.touchpoints.map((t, i) => (i === 7 ? { ...t, title: `${t.title} (remote)` } : t)),
            });
          }),
        );
        const undoTask = await longTasksDuring(page, () =>
          page.evaluate(() =>
            (window as unknown as { __journeyEditor: BenchEditor }).__journeyEditor.runner('shortcut').run('undo'),
          ),
        );

        // Whole-map PNG export in the app (static renderer + canvas), from the click to the file.
        let appExport: number | null = null;
        if (n === 1000) {
          await page.keyboard.press('Control+e');
          const dialog = page.getByRole('dialog', { name: 'Export' });
          await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('1');
          const download = page.waitForEvent('download', { timeout: 120_000 });
          const exportStart = Date.now();
          await dialog.getByRole('button', { name: 'Export…' }).click();
          await download;
          appExport = Date.now() - exportStart;
          await dialog.waitFor({ state: 'detached' });
        }

        await page.evaluate(() => (window as unknown as { gc?: () => void }).gc?.());
        const heapBefore = await page.evaluate(
          () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize,
        );
        const add = page.getByRole('button', { name: 'Add touchpoint' });
        for (let i = 0; i < 200; i++) await add.click();
        await page.evaluate(() => (window as unknown as { gc?: () => void }).gc?.());
        const heapAfter = await page.evaluate(
          () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize,
        );
        await page.close();

        const suiteName = `editor ${n}`;
        const dragP95 = percentile(drag, 95);
        const bareDragP95 = percentile(bareDrag, 95);
        const panP95 = percentile(pan, 95);
        const barePanP95 = percentile(barePan, 95);
        rows.push(
          {
            suite: suiteName,
            metric: 'open to drawn',
            value: drawn,
            unit: 'ms',
            note: `${visible} cards on screen as opened; zoomed out ${visibleAtFit}, bare ${bareVisible}`,
          },
          { suite: suiteName, metric: 'bare React Flow drawn', value: bareDrawn, unit: 'ms' },
          {
            suite: suiteName,
            metric: 'drawn vs bare',
            value: drawn / bareDrawn,
            unit: 'ratio',
            ...target(DRAWN_RATIO_TARGET, n),
          },
          {
            suite: suiteName,
            metric: 'first drag after open, frame p95',
            value: percentile(firstDrag, 95),
            unit: 'ms',
          },
          { suite: suiteName, metric: 'drag frame p50', value: percentile(drag, 50), unit: 'ms' },
          { suite: suiteName, metric: 'drag frame p95', value: dragP95, unit: 'ms' },
          { suite: suiteName, metric: 'bare drag frame p95', value: bareDragP95, unit: 'ms' },
          {
            suite: suiteName,
            metric: 'drag p95 vs bare',
            value: dragP95 / bareDragP95,
            unit: 'ratio',
            ...target(FRAME_RATIO_TARGET, n),
          },
          { suite: suiteName, metric: 'pan frame p50', value: percentile(pan, 50), unit: 'ms' },
          { suite: suiteName, metric: 'pan frame p95', value: panP95, unit: 'ms' },
          { suite: suiteName, metric: 'bare pan frame p95', value: barePanP95, unit: 'ms' },
          {
            suite: suiteName,
            metric: 'pan p95 vs bare',
            value: panP95 / barePanP95,
            unit: 'ratio',
            ...target(FRAME_RATIO_TARGET, n),
          },
          {
            suite: suiteName,
            metric: 'longest task applying a remote change',
            value: remoteTask,
            unit: 'ms',
            ...(n === 3000 ? { target: { op: '<=' as const, value: LONG_TASK_BUDGET_MS } } : {}),
          },
          {
            suite: suiteName,
            metric: 'longest task undoing a drag',
            value: undoTask,
            unit: 'ms',
            ...(n === 3000 ? { target: { op: '<=' as const, value: LONG_TASK_BUDGET_MS } } : {}),
          },
          ...(appExport === null
            ? []
            : [
                {
                  suite: suiteName,
                  metric: 'whole-map PNG export in the app (1x)',
                  value: appExport,
                  unit: 'ms' as const,
                  target: { op: '<=' as const, value: 2000 },
                },
              ]),
          { suite: suiteName, metric: 'JS heap after load', value: heapBefore / 1048576, unit: 'MB' },
          { suite: suiteName, metric: 'JS heap after 200 undoable edits', value: heapAfter / 1048576, unit: 'MB' },
          {
            suite: suiteName,
            metric: 'heap after the edits vs after load',
            value: heapAfter / heapBefore,
            unit: 'ratio',
            ...target(HEAP_RATIO_TARGET, n),
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
