/**
 * The canvas with thousands of cards (issue 16): it mounts only the cards on screen, from the
 * first frame; React Flow's handle bounds declared up front (renderer/canvas/buildFlow.ts) are
 * where the handles are drawn; a dropped card stays where it was dropped while the map redraws in
 * the background; and the mini map draws a whole map with a few elements and still pans it.
 */
import { expect, test, type Page } from '@playwright/test';
import { serializeJourney } from '../../shared/model';
import { generateJourney } from '../bench/generateJourney';
import { withoutFileSystemAccess } from './fakeFileSystem';

async function openJourney(page: Page, cards: number): Promise<void> {
  const journey = generateJourney(cards);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await (
    await chooser
  ).setFiles({
    name: `map-${cards}.journey`,
    mimeType: 'application/json',
    buffer: Buffer.from(serializeJourney(journey)),
  });
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue(journey.title, { timeout: 30_000 });
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
}

/** Before the app loads: the most touchpoint cards the page ever held at once. */
async function countMountedCards(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __mostCards: number };
    w.__mostCards = 0;
    new MutationObserver(() => {
      w.__mostCards = Math.max(w.__mostCards, document.querySelectorAll('.react-flow__node-touchpoint').length);
    }).observe(document, { childList: true, subtree: true });
  });
}

test.beforeEach(async ({ page }) => {
  await withoutFileSystemAccess(page);
});

test('a 3,000-card map mounts only the cards on screen, never all of them first', async ({ page }) => {
  test.setTimeout(90_000);
  await countMountedCards(page);
  await page.goto('/');
  await openJourney(page, 3000);
  await page.waitForTimeout(500);
  const shown = await page.locator('.react-flow__node-touchpoint').count();
  const most = await page.evaluate(() => (window as unknown as { __mostCards: number }).__mostCards);
  expect(shown).toBeLessThan(400);
  expect(most).toBeLessThanOrEqual(shown + 50);
  // The whole map is in the mini map all the same: lanes and cards as a few paths, not 3,000 elements.
  const minimap = page.getByTestId('rf__minimap');
  await expect(minimap.locator('path.journey-minimap__cards')).toHaveCount(1);
  expect(await minimap.locator('rect, path').count()).toBeLessThan(10);
  const cardPath = await minimap.locator('path.journey-minimap__cards').getAttribute('d');
  expect(cardPath?.match(/M/g)?.length).toBe(3000);
});

test('the handle bounds given to React Flow are where the handles are drawn', async ({ page }) => {
  await page.goto('/');
  await openJourney(page, 20);
  const drawn = await page.evaluate(() => {
    const node = document.querySelector('.react-flow__node-touchpoint') as HTMLElement;
    const box = node.getBoundingClientRect();
    const zoom = box.width / node.offsetWidth;
    return [...node.querySelectorAll<HTMLElement>('.react-flow__handle')].map((handle) => {
      const r = handle.getBoundingClientRect();
      return {
        type: handle.classList.contains('source') ? 'source' : 'target',
        x: Math.round((r.left - box.left) / zoom),
        y: Math.round((r.top - box.top) / zoom),
        width: handle.offsetWidth,
        height: handle.offsetHeight,
      };
    });
  });
  const { cardHandles } = await import('../../renderer/canvas/buildFlow');
  const { SIZES } = await import('../../shared/layout/tokens');
  const declared = cardHandles(SIZES.cardWidth, SIZES.cardHeight).map(({ type, x, y, width, height }) => ({
    type,
    x,
    y,
    width,
    height,
  }));
  expect(drawn).toEqual(declared);
});

test('a dropped card stays where it was dropped while the map catches up', async ({ page }) => {
  await page.goto('/');
  // Big enough that the map takes a few frames to redraw after the drop.
  await openJourney(page, 1000);
  const card = page.locator('.react-flow__node-touchpoint').nth(2);
  const before = (await card.boundingBox())!;
  await page.mouse.move(before.x + 40, before.y + 30);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(before.x + 40 + i * 4, before.y + 30 + i * 12);
  await page.evaluate(() => {
    const w = window as unknown as { __tops: number[]; __watching: boolean };
    const el = document.querySelectorAll('.react-flow__node-touchpoint')[2] as HTMLElement;
    w.__tops = [];
    w.__watching = true;
    const watch = () => {
      w.__tops.push(el.getBoundingClientRect().top);
      if (w.__watching) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.mouse.up();
  await page.waitForTimeout(400);
  const tops = await page.evaluate(() => {
    const w = window as unknown as { __tops: number[]; __watching: boolean };
    w.__watching = false;
    return w.__tops;
  });
  // Each frame shows it where it was dragged or where the document put it, never back where it was.
  const dragTop = tops[0]!;
  const finalTop = tops.at(-1)!;
  expect(Math.abs(finalTop - before.y)).toBeGreaterThan(8);
  for (const top of tops) expect(Math.min(Math.abs(top - dragTop), Math.abs(top - finalTop))).toBeLessThan(3);
});

test('dragging in the mini map pans the canvas', async ({ page }) => {
  await page.goto('/');
  await openJourney(page, 600);
  const viewport = page.locator('.react-flow__viewport');
  const transformBefore = await viewport.evaluate((el) => getComputedStyle(el).transform);
  const map = (await page.getByTestId('rf__minimap').locator('svg').boundingBox())!;
  await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
  await page.mouse.down();
  await page.mouse.move(map.x + map.width / 2 + 30, map.y + map.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => viewport.evaluate((el) => getComputedStyle(el).transform)).not.toBe(transformBefore);
});

/** Ctrl+wheel over the canvas's top-left corner, out as far as it goes (0.05), as the benchmark does. */
async function zoomOutFully(page: Page): Promise<void> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + 2, pane.y + 2);
  await page.keyboard.down('Control');
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(30);
  }
  await page.keyboard.up('Control');
}

test('zoomed out over most of a 1,000-card map, a pan draws every card and moves only the mini map mask', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await openJourney(page, 1000);
  // Seen in part, the map renders what is on screen; the grid dots are drawn at a readable zoom.
  expect(await page.locator('.react-flow__node-touchpoint').count()).toBeLessThan(400);
  await expect(page.locator('.react-flow__background')).toHaveCount(1);
  await zoomOutFully(page);
  // The screen takes in the whole map: every card is drawn, so a pan mounts and unmounts none.
  await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(1000);
  await expect(page.locator('.react-flow__background')).toHaveCount(0);
  const minimap = page.getByTestId('rf__minimap');
  const frame = await minimap.locator('svg').getAttribute('viewBox');
  // The screen's rectangle in it is a hole that a pan moves by its transform alone (no repaint).
  const hole = minimap.locator('.journey-minimap__hole');
  const holeStyle = () =>
    hole.evaluate((el) => ({ at: el.style.transform, width: el.style.width, height: el.style.height }));
  const before = await holeStyle();
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < 10; i++) await page.mouse.wheel(60, 30);
  await expect.poll(async () => (await holeStyle()).at).not.toBe(before.at);
  expect({ ...(await holeStyle()), at: before.at }).toEqual(before);
  expect(await minimap.locator('svg').getAttribute('viewBox')).toBe(frame);
  expect(await page.locator('.react-flow__node-touchpoint').count()).toBe(1000);
});
