/**
 * Opening a ~20 MB valid journey in the browser build (issue 7: "a 20 MB valid journey opens
 * without freezing the UI for more than 100 ms at a time"). Long tasks on the page's main
 * thread are recorded from the click on Open… until the cards have settled, and split by
 * phase: until the parser worker answers (reading and parsing happen off the main thread),
 * taking its answer (structured-clone deserialisation on the main thread), and drawing.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { serializeJourney, type Journey } from '../../../shared/model';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium';
import { generateJourney } from '../generateJourney';
import { serveFolders } from '../staticServer';
import type { BenchRow, BenchSuite } from '../types';

const TARGET_BYTES = 20 * 1024 * 1024;
const FREEZE_BUDGET_MS = 100;
/** Card counts to spread the 20 MB over: a big workshop map, and a map far past what anyone draws. */
const CARD_COUNTS = [1000, 4000];
const root = fileURLToPath(new URL('../../../', import.meta.url));

const filler = (i: number, length: number) =>
  `Observed in interview ${i}: ${'the customer could not find the delivery slot they wanted and called support; '.repeat(Math.ceil(length / 80))}`.slice(
    0,
    length,
  );

/** generateJourney's map, padded with pain points and notes until the file is about `bytes` long. */
export function largeJourney(cards: number, bytes = TARGET_BYTES): Journey {
  const base = generateJourney(cards);
  const perPain = 900;
  const painsPerCard = Math.max(1, Math.round((bytes - serializeJourney(base).length) / (cards * (perPain + 150))));
  return {
    ...base,
    id: `large-${cards}`,
    title: `Large ${cards}`,
    touchpoints: base.touchpoints.map((tp, t) => ({
      ...tp,
      notes: filler(t, 400),
      painPoints: Array.from({ length: painsPerCard }, (_, i) => ({
        id: `p${t}-${i}`,
        text: `Pain ${i} at touchpoint ${t}`,
        severity: ((t + i) % 5) + 1,
        source: 'direct' as const,
        evidence: filler(i, perPain),
      })),
    })),
  };
}

interface OpenTimeline {
  longTasks: { start: number; duration: number }[];
  frames: number[];
  /** When the parser worker's first message arrived, and the longest deserialisation of one of its messages. */
  workerAnswered: number | null;
  longestTake: number | null;
  picked: number;
  settled: number;
}

/** Before the app loads: a long-task observer, a frame log, and marks around the worker's answer. */
async function instrument(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.showOpenFilePicker;
    delete w.showSaveFilePicker;
    const log = {
      longTasks: [] as { start: number; duration: number }[],
      frames: [] as number[],
      marks: {} as Record<string, number>,
    };
    w.__openLog = log;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) log.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    const tick = (t: number) => {
      log.frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const handler = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage')!;
    Object.defineProperty(Worker.prototype, 'onmessage', {
      ...handler,
      set(fn: ((e: MessageEvent) => void) | null) {
        handler.set!.call(
          this,
          fn &&
            ((event: MessageEvent) => {
              // The answer comes in parts (renderer/host/parserMessages.ts): the first marks the answer, the longest counts.
              const arrived = performance.now();
              log.marks.workerAnswered ??= arrived;
              void event.data; // structured-clone deserialisation happens on first access
              log.marks.longestTake = Math.max(log.marks.longestTake ?? 0, performance.now() - arrived);
              fn.call(this, event);
            }),
        );
      },
    });
  });
}

/** Drawn: cards are on screen, none hidden for measuring, and their number has settled for 5 frames. */
async function waitForSettledCards(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __settle?: { count: number; frames: number } };
      const nodes = document.querySelectorAll('.react-flow__node-touchpoint');
      const ready = nodes.length > 0 && [...nodes].every((el) => (el as HTMLElement).style.visibility !== 'hidden');
      const prev = w.__settle ?? { count: -1, frames: 0 };
      w.__settle = { count: nodes.length, frames: ready && prev.count === nodes.length ? prev.frames + 1 : 0 };
      return w.__settle.frames >= 5;
    },
    undefined,
    { polling: 'raf', timeout: 300_000 },
  );
}

async function openAndMeasure(page: Page, file: string, title: string): Promise<OpenTimeline> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: 'Open…' }).click();
  const picked = await page.evaluate(() => performance.now());
  await (await chooser).setFiles(file);
  await page
    .getByRole('textbox', { name: 'Journey title' })
    .and(page.locator(`[value="${title}"]`))
    .waitFor({ timeout: 300_000 });
  await waitForSettledCards(page);
  await page.waitForTimeout(500); // let a trailing long task be reported
  return page.evaluate((start) => {
    const log = (window as unknown as Record<string, unknown>).__openLog as {
      longTasks: { start: number; duration: number }[];
      frames: number[];
      marks: Record<string, number>;
    };
    return {
      longTasks: log.longTasks.filter((t) => t.start + t.duration >= start),
      frames: log.frames.filter((t) => t >= start),
      workerAnswered: log.marks.workerAnswered ?? null,
      longestTake: log.marks.longestTake ?? null,
      picked: start,
      settled: performance.now(),
    };
  }, picked);
}

const longest = (tasks: { duration: number }[]) => Math.max(0, ...tasks.map((t) => t.duration));

function rowsFor(cards: number, megabytes: number, timeline: OpenTimeline): BenchRow[] {
  const suite = `large file ${megabytes.toFixed(1)} MB, ${cards} cards`;
  const answered = timeline.workerAnswered ?? timeline.picked;
  // The answer is handled inside a task, so that task belongs to drawing: it starts React's render.
  const beforeAnswer = timeline.longTasks.filter((t) => t.start + t.duration < answered);
  const fromAnswer = timeline.longTasks.filter((t) => t.start + t.duration >= answered);
  const gaps = timeline.frames.slice(1).map((t, i) => t - timeline.frames[i]!);
  const budget = { op: '<=' as const, value: FREEZE_BUDGET_MS };
  return [
    { suite, metric: 'open to drawn', value: timeline.settled - timeline.picked, unit: 'ms' },
    {
      suite,
      metric: 'longest main-thread task while opening',
      value: longest(timeline.longTasks),
      unit: 'ms',
      target: budget,
    },
    {
      suite,
      metric: 'longest task while the worker reads, parses and validates',
      value: longest(beforeAnswer),
      unit: 'ms',
      target: budget,
    },
    {
      suite,
      metric: "taking the worker's answer (structured clone) on the main thread, longest message",
      value: timeline.longestTake ?? 0,
      unit: 'ms',
    },
    {
      suite,
      metric: "longest task from the worker's answer until drawn (React and React Flow render, style, layout)",
      value: longest(fromAnswer),
      unit: 'ms',
    },
    {
      suite,
      metric: 'tasks over 100 ms',
      value: timeline.longTasks.filter((t) => t.duration > FREEZE_BUDGET_MS).length,
      unit: 'count',
    },
    { suite, metric: 'longest gap between frames', value: Math.max(0, ...gaps), unit: 'ms' },
  ];
}

const suite: BenchSuite = {
  name: 'large-file',
  async run() {
    const rows: BenchRow[] = [];
    const server = await serveFolders({ '/': join(root, 'out/bench-web') });
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const dir = mkdtempSync(join(tmpdir(), 'js-bench-large-'));
    try {
      for (const cards of CARD_COUNTS) {
        const journey = largeJourney(cards);
        const file = join(dir, `large-${cards}.journey`);
        writeFileSync(file, serializeJourney(journey));
        const megabytes = statSync(file).size / (1024 * 1024);
        const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
        await instrument(page);
        await page.goto(`${server.url}/`);
        rows.push(...rowsFor(cards, megabytes, await openAndMeasure(page, file, journey.title)));
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};

export default suite;
