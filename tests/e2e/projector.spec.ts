/**
 * Issue 17, a map the room can read: the opening zoom and the fit keep card text at 11 px or
 * more on screen (measured as the computed font size times the on-screen scale), the side
 * panel folds away, and stage names show whole. At a projector's 1280 × 720.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SIZES } from '../../shared/layout/tokens';
import { createJourney, createStage, createTouchpoint, serializeJourney } from '../../shared/model';
import { installFakeFileSystem, pickForOpen, putFakeFile } from './fakeFileSystem';

test.use({ viewport: { width: 1280, height: 720 } });

/** The smallest on-screen size of the card titles (or `selector`) drawn, in px (font size × scale on screen). */
function smallestTitlePx(page: Page, selector = '.tp-card__title'): Promise<number> {
  return page.evaluate((selector) => {
    const sizes = [...document.querySelectorAll<HTMLElement>(selector)].map((title) => {
      const scale = title.getBoundingClientRect().width / title.offsetWidth;
      return parseFloat(getComputedStyle(title).fontSize) * scale;
    });
    return Math.min(...sizes);
  }, selector);
}

/** Whether the element's box lies inside the map's region on screen. */
async function onScreen(page: Page, selector: string): Promise<boolean> {
  const canvas = (await page.getByRole('region', { name: 'Journey map' }).boundingBox())!;
  const box = await page.locator(selector).first().boundingBox();
  return !!box && box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= canvas.x + canvas.width + 0.5;
}

async function openSample(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open a sample journey map' }).click();
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
}

/** A journey of `stages` stages with `perStage` cards each, opened as a file. */
async function openLargeJourney(page: Page, stages: number, perStage: number) {
  const stageList = Array.from({ length: stages }, (_, i) => createStage({ name: `Phase ${i + 1}` }));
  const touchpoints = stageList.flatMap((stage, s) =>
    Array.from({ length: perStage }, (_, i) =>
      createTouchpoint(stage.id, 'lane-1', {
        title: `Step ${s + 1}.${i + 1}`,
        position: { x: SIZES.lanePadding, y: SIZES.lanePadding + i * (SIZES.cardHeight + SIZES.cardGap) },
      }),
    ),
  );
  await installFakeFileSystem(page);
  await page.goto('/');
  await putFakeFile(
    page,
    'large.journey',
    serializeJourney({
      ...createJourney({ title: 'Large' }),
      lanes: [{ id: 'lane-1', name: 'Touchpoints', kind: 'touchpoints' as const }],
      stages: stageList,
      touchpoints,
    }),
  );
  await pickForOpen(page, 'large.journey');
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
}

test('the sample opens readable: card titles at least 11 px on screen, the first stage in view', async ({ page }) => {
  await openSample(page);
  await expect.poll(() => smallestTitlePx(page)).toBeGreaterThanOrEqual(11);
  expect(await onScreen(page, '.stage-lane')).toBe(true);
  // Full cards at this zoom, not the overview.
  await expect(page.locator('.canvas--overview')).toHaveCount(0);
  await expect(page.locator('.tp-card__channel').first()).toBeVisible();
});

test('fit shows the sample whole as title-only cards in type that stays readable', async ({ page }) => {
  await openSample(page);
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect(page.locator('.canvas--overview')).toHaveCount(1);
  await expect.poll(() => smallestTitlePx(page)).toBeGreaterThanOrEqual(11);
  await expect(page.locator('.tp-card__channel').first()).toBeHidden();
  const lanes = page.locator('.stage-lane');
  await expect.poll(() => onScreen(page, '.stage-lane:last-of-type')).toBe(true);
  expect(await lanes.count()).toBe(6);
});

test('fit shows a service blueprint whole with its steps and lane names in readable type', async ({ page }) => {
  const blueprint = readFileSync(
    new URL('../../shared/templates/files/dental-practice.en.journey', import.meta.url),
    'utf8',
  );
  await installFakeFileSystem(page);
  await page.goto('/');
  await putFakeFile(page, 'dental.journey', blueprint);
  await pickForOpen(page, 'dental.journey');
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await expect(page.getByTestId('step-card').first()).toBeVisible();
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect(page.locator('.canvas--overview')).toHaveCount(1);
  await expect.poll(() => smallestTitlePx(page, '.step-card__title')).toBeGreaterThanOrEqual(11);
  await expect.poll(() => smallestTitlePx(page, '.lane-header__name')).toBeGreaterThanOrEqual(11);
  // A step is its title alone there, and a lane header its name.
  await expect(page.locator('.step-card__description').first()).toBeHidden();
  await expect(page.locator('.lane-header__tools').first()).toBeHidden();
});

test('a 60-card map opens at a readable zoom from its start, and fit never drops below readable text', async ({
  page,
}) => {
  await openLargeJourney(page, 12, 5);
  await expect.poll(() => smallestTitlePx(page)).toBeGreaterThanOrEqual(11);
  await expect(page.getByRole('button', { name: 'Touchpoint Step 1.1' })).toBeInViewport();
  await page.keyboard.press('Shift+1');
  await expect(page.locator('.canvas--overview')).toHaveCount(1);
  await expect.poll(() => smallestTitlePx(page)).toBeGreaterThanOrEqual(11);
  // Too large to show whole at that size: the fit starts from the beginning of the journey.
  await expect(page.getByRole('button', { name: 'Touchpoint Step 1.1' })).toBeInViewport();
});

test('the side panel folds to its tabs while nothing is selected; Ctrl+B and its button toggle it', async ({
  page,
}) => {
  await openSample(page);
  const aside = page.getByRole('complementary', { name: 'Side panels' });
  await expect(page.getByRole('tabpanel')).toHaveCount(0);
  expect((await aside.boundingBox())!.width).toBeLessThan(60);
  await page.getByRole('button', { name: /^Touchpoint A friend raves/ }).click();
  await expect(page.getByRole('tabpanel').getByRole('textbox', { name: 'Title', exact: true })).toBeVisible();
  await page.keyboard.press('Control+b');
  await expect(page.getByRole('tabpanel')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the side panel' }).click();
  await expect(page.getByRole('tabpanel')).toBeVisible();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const keysOf = (name: string | RegExp) => sheet.getByRole('row', { name }).locator('kbd');
  await expect(keysOf(/side panel/)).toHaveText(['Ctrl+B']);
  await expect(keysOf(/^Add touchpoint/)).toHaveText(['N']);
  await expect(keysOf(/^Add stage/)).toHaveText(['S']);
  await expect(keysOf(/^Connect the two selected/)).toHaveText(['C']);
});

test('stage names show whole at every zoom: wrapped, never cut', async ({ page }) => {
  await openSample(page);
  const long = 'Arrives, is seated and waits for the menu while the children get restless';
  await page.getByRole('button', { name: 'Stage name: Arrive' }).dblclick();
  await page.keyboard.type(long);
  await page.keyboard.press('Enter');
  for (const fit of [false, true]) {
    if (fit) await page.keyboard.press('Shift+1');
    const cut = await page
      .locator('.stage-lane__name')
      .evaluateAll((names) =>
        names
          .filter((n) => n.scrollWidth > n.clientWidth + 1 || n.scrollHeight > n.clientHeight + 1)
          .map((n) => n.textContent),
      );
    expect(cut).toEqual([]);
  }
  await expect(page.getByRole('button', { name: `Stage name: ${long}` })).toHaveText(long);
});

test('each lane tool has a tooltip and an accessible name', async ({ page }) => {
  await openSample(page);
  const more = page.locator('.stage-lane').first().getByRole('button', { name: 'Stage actions' });
  await expect(more).toHaveAttribute('title', 'Stage actions');
  await more.click();
  const menu = page.getByRole('group', { name: 'Stage actions' });
  const tools = menu.getByRole('button');
  await expect(tools).toHaveCount(4);
  for (const tool of await tools.all()) {
    const name = await tool.getAttribute('aria-label');
    expect(name).toBeTruthy();
    await expect(tool).toHaveAttribute('title', name!);
  }
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(more).toBeFocused();
});
