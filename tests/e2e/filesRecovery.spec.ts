import { expect, test, type Page } from '@playwright/test';
import { installFakeFileSystem, pickForOpen, putFakeFile, readFakeFile } from './fakeFileSystem';
import {
  journeyFileText,
  recoveryDialog,
  setTitle,
  storedDrafts,
  unsavedMark,
  useDraftInterval,
  waitForDraft,
} from './filesHelpers';

const stageLanes = (page: Page) => page.locator('.stage-lane');

test('edits survive a reload: the draft is offered and restored as unsaved changes', async ({ page }) => {
  await page.goto('/');
  await setTitle(page, 'Dental check-up');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect(unsavedMark(page)).toBeVisible();
  // The default interval (5 s): no draft yet right away, one a few seconds later.
  expect(await storedDrafts(page)).toEqual([]);
  await waitForDraft(page, 'Dental check-up', 9000);

  let leavePrompt = '';
  page.once('dialog', (dialog) => {
    leavePrompt = dialog.type();
    void dialog.accept();
  });
  await page.reload();
  expect(leavePrompt).toBe('beforeunload');

  const dialog = recoveryDialog(page);
  await expect(dialog).toBeVisible();
  const row = dialog.getByRole('listitem', { name: 'Dental check-up' });
  await expect(row).toContainText('never saved');
  await row.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue('Dental check-up');
  await expect(stageLanes(page)).toHaveCount(2);
  await expect(unsavedMark(page)).toBeVisible();
  await expect(page).toHaveTitle('● Dental check-up — Journey Studio');
});

test('Discard deletes a draft for good; Later keeps it for the next start', async ({ page }) => {
  await useDraftInterval(page, 1);
  await page.goto('/');
  await setTitle(page, 'Kept for later');
  await waitForDraft(page, 'Kept for later');
  await page.reload();
  await recoveryDialog(page).getByRole('button', { name: 'Later' }).click();
  await expect(recoveryDialog(page)).toHaveCount(0);

  await page.reload();
  const dialog = recoveryDialog(page);
  await expect(dialog.getByRole('listitem', { name: 'Kept for later' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await storedDrafts(page)).toEqual([]);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Start', exact: true })).toBeVisible();
  await expect(recoveryDialog(page)).toHaveCount(0);
});

test('a restored draft stays linked to its file: Save writes there, and a clean save deletes the draft', async ({
  page,
}) => {
  await useDraftInterval(page, 1);
  await installFakeFileSystem(page);
  await page.goto('/');
  await putFakeFile(page, 'clinic.journey', journeyFileText('Clinic visit'));
  await pickForOpen(page, 'clinic.journey');
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page).toHaveTitle('clinic.journey — Journey Studio');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await waitForDraft(page, '"Stage 1"');
  await page.reload();

  await recoveryDialog(page)
    .getByRole('listitem', { name: 'Clinic visit' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(page).toHaveTitle('● clinic.journey — Journey Studio');
  // Nothing was written over the user's file by the draft.
  expect(JSON.parse((await readFakeFile(page, 'clinic.journey'))!).stages).toHaveLength(0);

  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('clinic.journey — Journey Studio');
  expect(JSON.parse((await readFakeFile(page, 'clinic.journey'))!).stages).toHaveLength(1);
  await expect.poll(() => storedDrafts(page)).toEqual([]);
});

test('Don’t Save on New deletes the draft of the discarded changes', async ({ page }) => {
  await useDraftInterval(page, 1);
  await page.goto('/');
  await setTitle(page, 'Throw away');
  await waitForDraft(page, 'Throw away');
  await page.getByRole('button', { name: 'New journey' }).click();
  await page
    .getByRole('dialog', { name: /Save changes to/ })
    .getByRole('button', { name: 'Don’t Save' })
    .click();
  await expect.poll(() => storedDrafts(page)).toEqual([]);
});
