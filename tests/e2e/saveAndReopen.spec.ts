import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  installFakeFileSystem,
  pickForOpen,
  pickForSave,
  readFakeFile,
  withoutFileSystemAccess,
} from './fakeFileSystem';

const cards = (page: Page) => page.getByTestId('touchpoint-card');

async function buildTwoStageJourney(page: Page) {
  await page.getByRole('textbox', { name: 'Journey title' }).fill('Weekend hotel booking');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Compare prices');
  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Book room');
  await page.getByRole('combobox', { name: 'Channel', exact: true }).selectOption('mobile-app');
  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Read reviews');
  await page.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: 'Stage 1' });
  await page.getByRole('combobox', { name: 'Pyramid tier', exact: true }).selectOption('delight');
  await expect(cards(page)).toHaveCount(3);
}

async function expectTwoStageJourney(page: Page) {
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue('Weekend hotel booking');
  await expect(page.locator('.stage-lane__name')).toHaveText(['Stage 1', 'Stage 2']);
  await expect(cards(page)).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Touchpoint Read reviews' })).toContainText('Delight');
  await expect(page.getByRole('button', { name: 'Touchpoint Book room' })).toContainText('Mobile app');
  await expect(page.getByRole('button', { name: 'Touchpoint Compare prices' })).toBeVisible();
}

test('create a journey, save it, reopen it in a fresh page and see the same map', async ({ page }) => {
  await installFakeFileSystem(page);
  await page.goto('/');
  await buildTwoStageJourney(page);
  await expect(page.getByRole('status', { name: 'Unsaved changes' })).toBeVisible();

  await pickForSave(page, 'hotel.journey');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status', { name: 'Unsaved changes' })).toHaveCount(0);
  await expect(page).toHaveTitle('hotel.journey — Journey Studio');
  const saved = JSON.parse((await readFakeFile(page, 'hotel.journey'))!);
  expect(saved.format).toBe('journey-studio');
  expect(saved.touchpoints).toHaveLength(3);

  await page.reload();
  await expect(cards(page)).toHaveCount(0);
  await pickForOpen(page, 'hotel.journey');
  await page.getByRole('button', { name: 'Open…' }).click();
  await expectTwoStageJourney(page);

  // Saving the reopened, unchanged document writes the same bytes.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved hotel.journey' })).toBeVisible();
  expect(await readFakeFile(page, 'hotel.journey')).toBe(JSON.stringify(saved, null, 2) + '\n');
});

test('without the File System Access API: save downloads the file and Open reads it back', async ({
  page,
}, testInfo) => {
  await withoutFileSystemAccess(page);
  await page.goto('/');
  await buildTwoStageJourney(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save As…' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Weekend-hotel-booking.journey');
  const path = testInfo.outputPath('downloaded.journey');
  await download.saveAs(path);
  expect(JSON.parse(readFileSync(path, 'utf8')).stages).toHaveLength(2);

  await page.reload();
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooserPromise).setFiles(path);
  await expectTwoStageJourney(page);
});

test('undo and redo walk back through the edits', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  await expect(cards(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cards(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(cards(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.stage-lane')).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Unsaved changes' })).toHaveCount(0);
});

test('New asks before discarding unsaved changes', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'New journey' }).click();
  const dialog = page.getByRole('dialog', { name: /Save changes to/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.stage-lane')).toHaveCount(1);
  await page.getByRole('button', { name: 'New journey' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Don’t Save' }).click();
  await expect(page.locator('.stage-lane')).toHaveCount(0);
});
