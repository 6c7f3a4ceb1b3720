import { expect, test, type Page } from '@playwright/test';
import { installFakeFileSystem, pickForOpen, pickForSave, putFakeFile, readFakeFile } from './fakeFileSystem';
import { journeyFileText, unsavedMark } from './filesHelpers';

const conflictDialog = (page: Page) => page.getByRole('dialog', { name: '“map.journey” changed on disk' });
const savedTitle = async (page: Page, name: string) => JSON.parse((await readFakeFile(page, name))!).title as string;

/** Opens map.journey, edits it, then another program rewrites the file underneath. */
async function editWhileChangedOnDisk(page: Page) {
  await installFakeFileSystem(page);
  await page.goto('/');
  await putFakeFile(page, 'map.journey', journeyFileText('Original'));
  await pickForOpen(page, 'map.journey');
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await expect(page).toHaveTitle('map.journey — Journey Studio');
  await page.getByRole('textbox', { name: 'Journey title' }).fill('Mine');
  await putFakeFile(page, 'map.journey', journeyFileText('Theirs', ['Their stage']));
  await page.keyboard.press('Control+s');
  await expect(conflictDialog(page)).toBeVisible();
}

test('saving over a file changed elsewhere asks first; Cancel writes nothing', async ({ page }) => {
  await editWhileChangedOnDisk(page);
  await conflictDialog(page).getByRole('button', { name: 'Cancel' }).click();
  expect(await savedTitle(page, 'map.journey')).toBe('Theirs');
  await expect(unsavedMark(page)).toBeVisible();
});

test('Overwrite replaces their version with mine', async ({ page }) => {
  await editWhileChangedOnDisk(page);
  await conflictDialog(page).getByRole('button', { name: 'Overwrite' }).click();
  await expect(unsavedMark(page)).toHaveCount(0);
  expect(await savedTitle(page, 'map.journey')).toBe('Mine');
  // Our own save is the new base: the next save does not ask again.
  await page.getByRole('textbox', { name: 'Journey title' }).fill('Mine, again');
  await page.keyboard.press('Control+s');
  await expect(unsavedMark(page)).toHaveCount(0);
  expect(await savedTitle(page, 'map.journey')).toBe('Mine, again');
});

test('Save As… keeps both versions', async ({ page }) => {
  await editWhileChangedOnDisk(page);
  await pickForSave(page, 'mine.journey');
  await conflictDialog(page).getByRole('button', { name: 'Save As…' }).click();
  await expect(page).toHaveTitle('mine.journey — Journey Studio');
  expect(await savedTitle(page, 'mine.journey')).toBe('Mine');
  expect(await savedTitle(page, 'map.journey')).toBe('Theirs');
});

test('Reload from disk shows their version', async ({ page }) => {
  await editWhileChangedOnDisk(page);
  await conflictDialog(page).getByRole('button', { name: 'Reload from disk' }).click();
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue('Theirs');
  await expect(page.locator('.stage-lane__name')).toHaveText(['Their stage']);
  await expect(unsavedMark(page)).toHaveCount(0);
});

test('a file that was only touched, not changed, saves without asking', async ({ page }) => {
  await installFakeFileSystem(page);
  await page.goto('/');
  const text = journeyFileText('Same');
  await putFakeFile(page, 'map.journey', text);
  await pickForOpen(page, 'map.journey');
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await expect(page).toHaveTitle('map.journey — Journey Studio');
  await page.getByRole('textbox', { name: 'Journey title' }).fill('Edited');
  await putFakeFile(page, 'map.journey', text);
  await page.keyboard.press('Control+s');
  await expect(unsavedMark(page)).toHaveCount(0);
  expect(await savedTitle(page, 'map.journey')).toBe('Edited');
});
