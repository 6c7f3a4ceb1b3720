/**
 * Frame times in Chromium for the benchmarks (editor, workshop): a log of animation frames, the
 * p50/p95 of its intervals, a wheel pan of the canvas, the map zoomed out as far as it goes, and
 * a wait until the cards drawn have settled.
 */
import type { Page } from '@playwright/test';

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** A chain of animation frames recording their times; a new log stops the previous chain for good. */
export async function startFrameLog(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __frameLog: number };
    const log = (w.__frameLog ?? 0) + 1;
    w.__frameLog = log;
    w.__frames = [];
    const tick = (t: number) => {
      // A frame of an earlier log that was still queued must not join this one (it would add 0 ms frames).
      if (w.__frameLog !== log) return;
      w.__frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export async function stopFrameLog(page: Page): Promise<number[]> {
  const stamps = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __frameLog: number };
    w.__frameLog += 1;
    return w.__frames;
  });
  return stamps.slice(1).map((t, i) => t - stamps[i]!);
}

/** Drawn: cards are on screen, none hidden for measuring, and their number has settled for 5 frames. */
export async function waitForSettled(page: Page, selector: string) {
  await page.waitForFunction(
    (sel) => {
      const w = window as unknown as { __settle?: { count: number; frames: number } };
      const nodes = document.querySelectorAll(sel);
      const ready = nodes.length > 0 && [...nodes].every((el) => (el as HTMLElement).style.visibility !== 'hidden');
      const prev = w.__settle ?? { count: -1, frames: 0 };
      w.__settle = { count: nodes.length, frames: ready && prev.count === nodes.length ? prev.frames + 1 : 0 };
      return w.__settle.frames >= 5;
    },
    selector,
    { polling: 'raf', timeout: 120_000 },
  );
}

/** 60 wheel steps over the canvas (panOnScroll), toward the bottom right; `direction` -1 goes back the same way. */
export async function panFrames(page: Page, direction: 1 | -1 = 1): Promise<number[]> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await startFrameLog(page);
  for (let i = 0; i < 60; i++) {
    await page.mouse.wheel(12 * direction, 6 * direction);
    await page.waitForTimeout(16);
  }
  return stopFrameLog(page);
}

/**
 * The map zoomed out as far as it goes (0.05) around the canvas's top-left corner, with Ctrl and
 * the wheel as a user would: the whole map on screen where it fits, the most cards anyway.
 */
export async function zoomOutFully(page: Page): Promise<void> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + 2, pane.y + 2);
  await page.keyboard.down('Control');
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(30);
  }
  await page.keyboard.up('Control');
  await page.waitForTimeout(300);
}
