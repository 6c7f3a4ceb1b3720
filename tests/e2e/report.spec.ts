import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { withoutFileSystemAccess } from './fakeFileSystem';

const SAMPLE = fileURLToPath(new URL('../fixtures/valid/coffee-order.journey', import.meta.url));

test('the CX report sits beside the map and follows every change live', async ({ page }) => {
  await withoutFileSystemAccess(page);
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(SAMPLE);
  await page.getByRole('toolbar').getByRole('button', { name: 'CX report' }).click();
  const report = page.getByRole('complementary', { name: 'CX report' });
  const totals = report.getByRole('region', { name: 'Totals' });
  await expect(totals).toContainText('Touchpoints3');
  await expect(totals).toContainText('Pain points2');
  await expect(report.getByRole('img', { name: 'Emotion curve' })).toBeVisible();
  await expect(report.getByRole('img', { name: 'CX pyramid' })).toBeVisible();
  await expect(report.getByRole('listitem').filter({ hasText: 'use one channel' })).toHaveCount(0);
  await expect(report.getByRole('table').first()).toContainText('Order not ready');
  await expect(report).toContainText('Conversion rate');
  await expect(report).toContainText('38%');

  // A new touchpoint appears in the totals at once.
  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  await expect(totals).toContainText('Touchpoints4');
  await report.getByRole('button', { name: 'Back to the editor' }).click();
  await expect(page.getByRole('tab', { name: 'Touchpoint' })).toBeVisible();
});
