/** Join workshop… in the browser build: a valid link joins in this tab (the join gate asks "Your name"). */
import { expect, test } from '@playwright/test';

test('Join workshop from the palette takes a link and joins in the tab', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start a blank journey' })).toBeVisible();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill('join workshop');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Join workshop' });
  // This page's own origin: only the fragment changes, and the page must still load the join.
  const link = `${new URL(page.url()).origin}/#join=${'a'.repeat(43)}`;
  await dialog.getByRole('textbox', { name: 'Workshop link' }).fill(link);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeVisible();
  expect(page.url()).toBe(link);
});
