import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { withoutFileSystemAccess } from './fakeFileSystem';

const SAMPLE = fileURLToPath(new URL('../fixtures/valid/coffee-order.journey', import.meta.url));

async function openSample(page: Page) {
  await withoutFileSystemAccess(page);
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(SAMPLE);
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(3);
}

test('export a PNG at 2x with a live preview; the image is the map, not blank', async ({ page }, info) => {
  await openSample(page);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('img', { name: 'Preview' })).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('2');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Order-coffee-ahead.png');
  const path = info.outputPath('map.png');
  await file.saveAs(path);
  const png = PNG.sync.read(readFileSync(path));
  expect(png.width).toBeGreaterThan(1500);
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 997) colours.add(png.data.readUInt32BE(i));
  expect(colours.size).toBeGreaterThan(5);
  expect(png.data.readUInt32BE(0)).toBe(0xffffffff);
  await expect(page.getByRole('status').filter({ hasText: 'Exported Order-coffee-ahead.png' })).toBeVisible();
});

test('export the HTML report and a transparent PNG', async ({ page }, info) => {
  await openSample(page);
  await page.getByRole('toolbar').getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('html');
  let download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const html = readFileSync(await (await download).path(), 'utf8');
  expect(html).toContain('Order not ready');
  expect(html).toContain('<svg');

  await page.getByRole('toolbar').getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('png');
  await dialog.getByRole('combobox', { name: 'Background' }).selectOption('transparent');
  download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const path = info.outputPath('transparent.png');
  await (await download).saveAs(path);
  const png = PNG.sync.read(readFileSync(path));
  expect(png.data[3]).toBe(0);
});

test('export the current view as shown on screen', async ({ page }) => {
  await openSample(page);
  await page.keyboard.press('Control+e');
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Export current view' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Order-coffee-ahead-view.png');
  const png = PNG.sync.read(readFileSync(await file.path()));
  expect(png.width).toBeGreaterThan(300);
});
