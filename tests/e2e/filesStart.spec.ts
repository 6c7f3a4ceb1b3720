import { expect, test } from '@playwright/test';
import { installFakeFileSystem, pickForOpen, pickForSave, putFakeFile, removeFakeFile } from './fakeFileSystem';
import { journeyFileText, setTitle, startScreen } from './filesHelpers';

test('the start screen greets a first-time user and goes away once they start', async ({ page }) => {
  await page.goto('/');
  const start = startScreen(page);
  await expect(start).toBeVisible();
  await expect(start.getByRole('heading', { name: 'What is a journey map?' })).toBeVisible();
  await expect(start).toContainText('Files you open or save will be listed here.');
  await start.getByRole('button', { name: 'Start a blank journey' }).click();
  await expect(start).toHaveCount(0);
  await expect(page.locator('.react-flow')).toBeVisible();
});

test('typing a title on the start screen starts the journey there and then', async ({ page }) => {
  await page.goto('/');
  await setTitle(page, 'Onboarding');
  await expect(startScreen(page)).toHaveCount(0);
});

test('recent files: listed with title and time, reopened with a click; a missing one is marked and removable', async ({
  page,
}) => {
  await installFakeFileSystem(page);
  await page.goto('/');
  await putFakeFile(page, 'hotel.journey', journeyFileText('Weekend hotel booking', ['Search', 'Stay']));
  await pickForOpen(page, 'hotel.journey');
  await startScreen(page).getByRole('button', { name: 'Open a file…' }).click();
  await expect(page.locator('.stage-lane')).toHaveCount(2);
  await setTitle(page, 'Café loyalty');
  await pickForSave(page, 'cafe.journey');
  await page.getByRole('button', { name: 'Save As…' }).click();
  await expect(page).toHaveTitle('cafe.journey — Journey Studio');

  await page.reload();
  const recent = startScreen(page).getByRole('list', { name: 'Recent files' });
  await expect(recent.getByRole('listitem')).toHaveCount(2);
  await expect(recent.getByRole('listitem').first()).toContainText('Café loyalty');
  await expect(recent.getByRole('listitem').first()).toContainText('cafe.journey');
  await expect(recent.getByRole('listitem').nth(1)).toContainText('Weekend hotel booking');
  await expect(recent.getByRole('listitem').nth(1)).toContainText(/Opened .*\d/);

  await recent.getByRole('button', { name: 'Open Weekend hotel booking' }).click();
  await expect(page).toHaveTitle('hotel.journey — Journey Studio');
  await expect(page.locator('.stage-lane')).toHaveCount(2);

  // The file disappears (moved, deleted); the list says so and lets the user remove it.
  await removeFakeFile(page, 'cafe.journey');
  await page.reload();
  const missing = recent.getByRole('listitem').filter({ hasText: 'Café loyalty' });
  await expect(missing).toContainText('Missing');
  await expect(missing.getByRole('button', { name: 'Open Café loyalty' })).toBeDisabled();
  await missing.getByRole('button', { name: 'Remove Café loyalty from recent files' }).click();
  await expect(recent.getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect(recent.getByRole('listitem')).toHaveCount(1);
});

test('Close from the palette asks about unsaved changes and returns to the start screen', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill('close journey');
  await page.keyboard.press('Enter');
  const prompt = page.getByRole('dialog', { name: /Save changes to/ });
  await prompt.getByRole('button', { name: 'Don’t Save' }).click();
  await expect(startScreen(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Closed Untitled journey' })).toBeVisible();
});
