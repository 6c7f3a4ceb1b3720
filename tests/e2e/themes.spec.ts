/**
 * Light, dark and follow-system themes: chosen in Settings, kept across a restart, followed live
 * from the OS; the dark theme reaches the canvas (lanes, cards, background, minimap, controls),
 * panels, toolbar, dialogs and the start screen, and passes an axe scan. Screenshots land in
 * out/screenshots/ for a person to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DARK_STAGE_COLORS, STAGE_COLORS } from '../../shared/layout/tokens';
import { openFromPalette, openSettings, saveSettings } from './appearanceHelpers';

const SCREENSHOTS = 'out/screenshots';
const theme = (page: Page) => page.locator('html').getAttribute('data-theme');
const background = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

async function chooseTheme(page: Page, name: 'Light' | 'Dark' | 'Follow the system') {
  const dialog = await openSettings(page);
  await dialog.getByRole('group', { name: 'Theme' }).getByRole('radio', { name }).check();
  await saveSettings(dialog);
}

async function openSample(page: Page) {
  await page
    .getByRole('region', { name: 'Start', exact: true })
    .getByRole('button', { name: 'Open a sample journey map' })
    .click();
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
}

test('Settings switches to dark and back from the toolbar, and the choice survives a restart', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect.poll(() => theme(page)).toBe('light');
  await page.getByRole('toolbar').getByRole('button', { name: 'Settings…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  await saveSettings(dialog);
  await expect.poll(() => theme(page)).toBe('dark');
  expect(await background(page, 'html')).toBe('rgb(24, 24, 27)');

  await page.reload();
  await expect.poll(() => theme(page)).toBe('dark');
  await chooseTheme(page, 'Light');
  await expect.poll(() => theme(page)).toBe('light');
  expect(await background(page, 'html')).toBe('rgb(248, 250, 252)');
});

test('follow the system tracks the OS colour scheme while the app runs', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect.poll(() => theme(page)).toBe('dark'); // the default setting follows the system
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => theme(page)).toBe('light');
  await chooseTheme(page, 'Dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => theme(page)).toBe('dark'); // a chosen theme ignores the OS
});

test('the dark theme reaches the canvas, panels, toolbar and dialogs, and passes axe', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect.poll(() => theme(page)).toBe('dark');
  await page.screenshot({ path: `${SCREENSHOTS}/dark-start.png` });
  await openSample(page);
  await page.getByTestId('touchpoint-card').nth(1).click(); // a card with a pain point and a KPI

  expect(await background(page, '.stage-lane')).toBe(rgb(DARK_STAGE_COLORS[0]));
  expect(await background(page, '.tp-card')).toBe('rgb(39, 39, 42)');
  expect(await background(page, '.react-flow')).toBe('rgb(24, 24, 27)');
  expect(await background(page, '.react-flow__minimap')).toBe('rgb(34, 34, 38)');
  expect(await background(page, '.react-flow__controls-button')).toBe('rgb(39, 39, 42)');
  expect(await background(page, '.toolbar')).toBe('rgb(34, 34, 38)');
  expect(await background(page, '.side-panels')).toBe('rgb(34, 34, 38)');
  await page.screenshot({ path: `${SCREENSHOTS}/dark-editor.png` });

  // Every side panel tab in turn, so the pyramid's tier badges and the annotation lists are scanned too.
  for (const tab of await page.getByRole('tab').all()) {
    await tab.click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
  await page.getByRole('tab').first().click();

  const settings = await openSettings(page);
  expect(await settings.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(34, 34, 38)');
  await page.screenshot({ path: `${SCREENSHOTS}/dark-settings.png` });
  await settings.getByRole('button', { name: 'Cancel' }).click();

  await openFromPalette(page, 'New from template…');
  const templates = page.getByRole('dialog', { name: 'New from template' });
  await expect(templates.locator('img').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/dark-templates.png` });
  const dialogScan = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(dialogScan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('a lane coloured in the light theme takes its dark partner', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await openSample(page);
  const lane = page.locator('.stage-lane').nth(1);
  await lane.getByRole('button', { name: 'Stage actions' }).click();
  await page.getByRole('group', { name: 'Stage actions' }).getByRole('button', { name: 'Stage colour' }).click();
  await page.getByRole('button', { name: 'Colour 5' }).click();
  expect(await lane.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(STAGE_COLORS[4]));
  await chooseTheme(page, 'Dark');
  expect(await lane.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(DARK_STAGE_COLORS[4]));
});
