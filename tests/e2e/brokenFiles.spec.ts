import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { withoutFileSystemAccess } from './fakeFileSystem';

const BROKEN = fileURLToPath(new URL('../fixtures/broken/', import.meta.url));

test('every broken file is refused with a dialog that names it, and the open map is untouched', async ({ page }) => {
  await withoutFileSystemAccess(page);
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Journey title' }).fill('Keep me');
  await page.getByRole('button', { name: 'Add stage' }).click();
  // Keep the edits unsaved but skip the prompt: this test is about the refusal.
  const files = readdirSync(BROKEN).filter((f) => f.endsWith('.journey'));
  expect(files.length).toBeGreaterThanOrEqual(15);
  for (const name of files) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    const prompt = page.getByRole('dialog', { name: /Save changes/ });
    if (await prompt.isVisible().catch(() => false)) await prompt.getByRole('button', { name: 'Don’t Save' }).click();
    await (await chooser).setFiles(join(BROKEN, name));
    const dialog = page.getByRole('dialog', { name: `Could not open ${name}` });
    await expect(dialog, name).toBeVisible();
    await expect(dialog.getByRole('list', { name: 'Problems' }).getByRole('listitem').first()).not.toBeEmpty();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue('Keep me');
    await expect(page.locator('.stage-lane')).toHaveCount(1);
  }
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('a broken file’s problems are listed in the UI language, their field paths as they are', async ({ page }) => {
    await withoutFileSystemAccess(page);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const name = 'dangling-references.journey';
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '打开…' }).click();
    await (await chooser).setFiles(join(BROKEN, name));
    const dialog = page.getByRole('dialog', { name: `无法打开 ${name}` });
    const problems = dialog.getByRole('list', { name: '问题' }).getByRole('listitem');
    await expect(problems.first()).toHaveText('touchpoints[0].stageId：没有 ID 为“stage-gone”的阶段');
    await expect(problems.nth(1)).toHaveText(
      'touchpoints[1].channel：“carrier-pigeon”既不是内置渠道，也不是文件中定义的渠道',
    );
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();
  });
});
