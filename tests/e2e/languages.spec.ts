/**
 * English, 简体中文 and 繁體中文 at run time: Settings > Language switches without a restart and is
 * kept; the first start follows the OS language. In Chinese, toolbar, start screen, canvas,
 * inspector, side panels, palette, shortcut sheet and dialogs show no English words (users' own
 * text and product names aside) and no raw catalogue keys. A screenshot of the Chinese UI lands
 * in out/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  chooseLanguage,
  englishLeftovers,
  openSettings,
  ownWords,
  rawKeys,
  readableText,
  templateFile,
  type LanguageChoice,
} from './appearanceHelpers';
import { installFakeFileSystem, pickForSave } from './fakeFileSystem';

const SCREENSHOTS = 'out/screenshots';

/** Fails with every English leftover and raw key on screen, naming the place it looked at. */
async function expectFullyTranslated(page: Page, where: string, own: ReadonlySet<string>): Promise<void> {
  const text = await readableText(page);
  expect({ where, english: englishLeftovers(text, own), keys: rawKeys(text) }).toEqual({
    where,
    english: [],
    keys: [],
  });
}

const CHINESE: { choice: LanguageChoice; lang: 'zh-CN' | 'zh-TW'; sample: string; save: RegExp; date: RegExp }[] = [
  { choice: '简体中文', lang: 'zh-CN', sample: '打开一个示例旅程图', save: /保存/, date: /\d{4}年\d{1,2}月\d{1,2}日/ },
  { choice: '繁體中文', lang: 'zh-TW', sample: '開啟一個範例旅程圖', save: /儲存/, date: /\d{4}年\d{1,2}月\d{1,2}日/ },
];

for (const { choice, lang, sample, date } of CHINESE) {
  test(`switches to ${choice} without a restart: no English leftovers, no raw keys, then back`, async ({ page }) => {
    await installFakeFileSystem(page);
    await page.goto('/');
    await expect(page.getByRole('toolbar').getByRole('button', { name: 'New journey' })).toBeVisible();
    await chooseLanguage(page, choice);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const own = ownWords(templateFile('restaurant', lang));

    await expectFullyTranslated(page, 'start screen', own);
    await page.getByRole('button', { name: sample }).click();
    await page.getByTestId('touchpoint-card').nth(1).click(); // "Reads reviews…": it has a pain point
    await expectFullyTranslated(page, 'canvas, toolbar, filter bar and inspector', own);
    await page.screenshot({ path: `${SCREENSHOTS}/${lang}-editor.png` });

    for (const tab of await page.getByRole('tab').all()) {
      await tab.click();
      await expectFullyTranslated(page, `side panel tab ${await tab.textContent()}`, own);
    }

    await page.locator('.stage-lane').first().locator('.stage-lane__more').click(); // the lane's menu
    await page.locator('.stage-menu button').first().click(); // colour picker
    await expectFullyTranslated(page, 'stage lane colour picker', own);

    const settings = await openSettings(page);
    await expectFullyTranslated(page, 'Settings dialog', own);
    await page.screenshot({ path: `${SCREENSHOTS}/${lang}-settings.png` });
    await settings.press('Escape');

    await page.keyboard.press('Control+k');
    await expect(page.getByRole('listbox')).toBeVisible();
    await expectFullyTranslated(page, 'command palette', own);
    await page.keyboard.press('Escape');

    await page.keyboard.press('?');
    await expect(page.locator('dialog.shortcuts')).toBeVisible();
    await expectFullyTranslated(page, 'keyboard shortcuts', own);
    await page.keyboard.press('Escape');

    // Unsaved changes, then New from template: the template dialog and the Save changes question.
    await page
      .getByRole('toolbar')
      .getByRole('textbox')
      .fill(`${templateFile('restaurant', lang).title}!`);
    await page.keyboard.press('Control+k');
    await page
      .getByRole('option')
      .filter({ hasText: lang === 'zh-CN' ? '从模板新建' : '從範本新增' })
      .click();
    const templates = page.locator('dialog.new-from-template');
    await expect(templates.locator('img').first()).toBeVisible();
    await expectFullyTranslated(page, 'New from template dialog', own);
    await templates.locator('[data-template-id="dental-practice"]').click();
    await expect(page.locator('dialog[open]')).toBeVisible();
    await expectFullyTranslated(page, 'Save changes dialog', own);

    // Save it, so the start screen lists it with its date in the language's own style.
    await pickForSave(page, 'dinner.journey');
    await page.locator('dialog[open] button').first().click(); // Save
    await expect(page.getByRole('toolbar').getByRole('textbox')).toHaveValue(
      templateFile('dental-practice', lang).title,
    );
    await page.reload();
    const recent = page.locator('.recent__item').first();
    await expect(recent).toContainText('dinner.journey');
    await expect(recent).toContainText(date);
    await expectFullyTranslated(page, 'start screen with a recent file', new Set([...own, 'dinner']));

    await chooseLanguage(page, 'English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('toolbar').getByRole('button', { name: 'New journey' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Start', exact: true })).toContainText('Recent files');
  });
}

test('the first start follows the OS language', async ({ browser }) => {
  for (const [locale, lang, heading] of [
    ['zh-HK', 'zh-TW', '什麼是顧客旅程圖？'],
    ['zh-CN', 'zh-CN', '什么是客户旅程图？'],
    ['fr-FR', 'en', 'What is a journey map?'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await context.close();
  }
});

test('a chosen language is kept across a restart; "follow the system" goes back to the OS language', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('/');
  await chooseLanguage(page, '繁體中文');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await expect(page.getByRole('toolbar').getByRole('button', { name: '新增旅程' })).toBeVisible();

  const settings = await openSettings(page);
  await settings.getByRole('radio', { name: '跟隨系統' }).first().check();
  await settings.locator('button[type="submit"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'New journey' })).toBeVisible();
  await context.close();
});
