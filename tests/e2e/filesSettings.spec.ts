import { expect, test } from '@playwright/test';
import { setTitle, storedDrafts, waitForDraft } from './filesHelpers';

const SETTINGS_KEY = 'journey-studio.settings';

test('the recovery draft interval is set in Settings, kept in localStorage, and used at once', async ({ page }) => {
  await page.goto('/');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  // The shortcut works once the page has wired its keys; press again until it has.
  await expect(async () => {
    await page.keyboard.press('Control+,');
    await expect(dialog).toBeVisible({ timeout: 500 });
  }).toPass();
  const interval = dialog.getByRole('spinbutton', { name: /recovery draft/ });
  await expect(interval).toHaveValue('5');
  await interval.fill('0');
  await expect(dialog).toContainText('Enter a whole number of seconds from 1 to 600.');
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();
  await interval.fill('1');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), SETTINGS_KEY))!);
  expect(stored.draftIntervalSeconds).toBe(1);

  await setTitle(page, 'Quick drafts');
  await expect.poll(async () => (await storedDrafts(page)).length, { timeout: 3000 }).toBe(1);
  await waitForDraft(page, 'Quick drafts', 3000);
});

test('damaged settings are reset with a notice, keeping the good values, and the app still starts', async ({
  page,
}) => {
  await page.addInitScript((k) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, JSON.stringify({ theme: 'dark', draftIntervalSeconds: 'soon' }));
      sessionStorage.setItem('seeded', '1');
    }
  }, SETTINGS_KEY);
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Your settings file was damaged' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Start', exact: true })).toBeVisible();
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), SETTINGS_KEY))!);
  expect(stored).toMatchObject({ theme: 'dark', draftIntervalSeconds: 5 });
  await page.reload();
  await expect(page.getByRole('region', { name: 'Start', exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'damaged' })).toHaveCount(0);
});

test('settings that are not JSON at all do not stop the app', async ({ page }) => {
  await page.addInitScript((k) => localStorage.setItem(k, '{oops'), SETTINGS_KEY);
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'reset to their defaults' })).toBeVisible();
  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect(page.locator('.stage-lane')).toHaveCount(1);
});
