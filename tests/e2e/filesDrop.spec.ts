import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { journeyFileText, setTitle, startScreen, unsavedMark } from './filesHelpers';

const BROKEN = fileURLToPath(new URL('../fixtures/broken/', import.meta.url));

/** Drops a file made of `text` (or of `sizeBytes` zero bytes) onto the window, as a file manager would. */
async function dropFile(page: Page, name: string, content: { text: string } | { sizeBytes: number }) {
  const transfer = await page.evaluateHandle(
    ([fileName, c]) => {
      const data = 'text' in c ? [c.text] : [new Uint8Array(c.sizeBytes)];
      const transfer = new DataTransfer();
      transfer.items.add(new File(data, fileName));
      return transfer;
    },
    [name, content] as const,
  );
  await page.dispatchEvent('.app', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('.app', 'drop', { dataTransfer: transfer });
}

test('dropping a .journey file onto the window opens it', async ({ page }) => {
  await page.goto('/');
  await dropFile(page, 'clinic.journey', { text: journeyFileText('Dental clinic', ['Book', 'Visit', 'Pay']) });
  await expect(startScreen(page)).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue('Dental clinic');
  await expect(page.locator('.stage-lane')).toHaveCount(3);
  await expect(page).toHaveTitle('clinic.journey — Journey Studio');
});

test('dropping onto unsaved changes asks first; Cancel keeps them', async ({ page }) => {
  await page.goto('/');
  await setTitle(page, 'Unsaved work');
  await dropFile(page, 'other.journey', { text: journeyFileText('Other') });
  await page
    .getByRole('dialog', { name: 'Save changes to “Unsaved work”?' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue('Unsaved work');
  await expect(unsavedMark(page)).toBeVisible();
});

test('a dropped broken file is refused with its problems; the open map is untouched', async ({ page }) => {
  await page.goto('/');
  await setTitle(page, 'Keep me');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await dropFile(page, 'dangling-references.journey', {
    text: readFileSync(`${BROKEN}dangling-references.journey`, 'utf8'),
  });
  await page
    .getByRole('dialog', { name: /Save changes/ })
    .getByRole('button', { name: 'Don’t Save' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Could not open dangling-references.journey' });
  await expect(dialog.getByRole('list', { name: 'Problems' })).toContainText(
    'touchpoints[0].stageId: no stage has the id',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue('Keep me');
  await expect(page.locator('.stage-lane')).toHaveCount(1);
});

test('a file over 50 MB is refused with its size and the limit, before it is read', async ({ page }) => {
  await page.goto('/');
  await dropFile(page, 'huge.journey', { sizeBytes: 51 * 1024 * 1024 });
  const dialog = page.getByRole('dialog', { name: 'Could not open huge.journey' });
  await expect(dialog).toContainText('the file is 51.0 MB; the limit is 50.0 MB');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(startScreen(page)).toBeVisible();
});

test('a long list of problems shows the first 20, then “and N more”, and copies them all', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const many = JSON.parse(journeyFileText('Many problems', ['S'])) as Record<string, unknown>;
  many.touchpoints = Array.from({ length: 25 }, (_, i) => ({ id: `tp${i}`, stageId: 'nowhere', title: `T${i}` }));
  await dropFile(page, 'many.journey', { text: JSON.stringify(many) });
  const dialog = page.getByRole('dialog', { name: 'Could not open many.journey' });
  const items = dialog.getByRole('list', { name: 'Problems' }).getByRole('listitem');
  await expect(items).toHaveCount(21);
  await expect(items.last()).toHaveText(/^and \d+ more$/);
  await dialog.getByRole('button', { name: 'Copy all problems' }).click();
  await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n').length).toBeGreaterThan(20);
});
