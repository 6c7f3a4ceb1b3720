/**
 * File > Import… through the dialog (how each column was understood, changing one, problems
 * with line numbers blocking Import), and spreadsheet cells pasted onto the canvas.
 */
import { expect, test, type Page } from '@playwright/test';
import writeXlsxFile from 'write-excel-file/node';

const cards = (page: Page) => page.getByTestId('touchpoint-card');
const card = (page: Page, title: string) => page.getByRole('button', { name: `Touchpoint ${title}` });

async function runFromPalette(page: Page, name: string) {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill(name);
  await expect(palette.getByRole('option', { selected: true })).toHaveText(new RegExp(`^${name}`));
  await page.keyboard.press('Enter');
}

/** Runs Import… from the palette and gives the file chooser a file. */
async function importFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await runFromPalette(page, 'Import');
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  return page.getByRole('dialog', { name: `Import ${name}` });
}

async function emptyJourney(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeEnabled();
}

test('imports a CSV through the dialog with a column remapped', async ({ page }) => {
  await emptyJourney(page);
  const dialog = await importFile(
    page,
    'visit.csv',
    'Phase,Touchpoint,Where,Tier\r\nArrive,Check in,phone,utility\r\nArrive,Wait,in-person,usability\r\nLeave,Pay,website,delight\r\n',
  );
  await expect(dialog.getByRole('combobox', { name: 'Imported as, column Phase' })).toHaveValue('stage');
  const where = dialog.getByRole('combobox', { name: 'Imported as, column Where' });
  // "Where" is no header the import knows: not imported until the user says it is the channel.
  await expect(where).toHaveValue('ignore');
  await expect(dialog.getByText('columns not imported: "Where"')).toBeVisible();
  await where.selectOption('channel');
  await expect(dialog.getByText('2 stages, 3 touchpoints, 0 steps, 0 personas')).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Touchpoints it will create' }).getByRole('listitem')).toHaveCount(3);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(cards(page)).toHaveCount(3);
  await expect(page.locator('.stage-lane__name')).toHaveText(['Arrive', 'Leave']);
  // A new unsaved document: the title is the file's name.
  await card(page, 'Check in').click();
  await expect(page.getByRole('combobox', { name: 'Channel', exact: true })).toHaveValue('phone');
});

test('lists bad cells with their line numbers and keeps Import disabled', async ({ page }) => {
  await emptyJourney(page);
  const dialog = await importFile(page, 'bad.csv', 'Touchpoint,Emotion,Tier\r\nA,1,utility\r\nB,9,gold\r\n');
  const problems = dialog.getByRole('list', { name: 'Problems to fix first' });
  await expect(problems.getByRole('listitem')).toHaveText([
    'line 3, column "Emotion", value "9": emotion must be a whole number from -2 to 2',
    'line 3, column "Tier", value "gold": tier must be utility, usability or delight',
  ]);
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  // Not importing the bad column clears its problem.
  await dialog.getByRole('combobox', { name: 'Imported as, column Tier' }).selectOption('ignore');
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(cards(page)).toHaveCount(0);
});

test('imports an Excel workbook, reading it only when one is imported', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await emptyJourney(page);
  expect(scripts.some((url) => /universal-/.test(url))).toBe(false);
  const workbook = Buffer.from(
    await writeXlsxFile([
      ['阶段', '触点', '渠道'],
      ['到店', '取号', '线下面对面'],
    ]).toBuffer(),
  );
  const chooser = page.waitForEvent('filechooser');
  await runFromPalette(page, 'Import');
  await (await chooser).setFiles({ name: 'visit.xlsx', mimeType: 'application/octet-stream', buffer: workbook });
  const dialog = page.getByRole('dialog', { name: 'Import visit.xlsx' });
  await expect(dialog.getByRole('combobox', { name: 'Imported as, column 渠道' })).toHaveValue('channel');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(card(page, '取号')).toBeVisible();
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the dialog and its problems speak the UI language', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    // Import is disabled until the map is open: wait for the editor, as a user would.
    await expect(page.getByRole('button', { name: '添加阶段' })).toBeEnabled();
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog');
    await palette.getByRole('combobox').fill('导入');
    await expect(palette.getByRole('option', { selected: true })).toHaveText(/^导入/);
    await page.keyboard.press('Enter');
    await (
      await chooser
    ).setFiles({ name: '调研.csv', mimeType: 'text/csv', buffer: Buffer.from('触点,情绪\n取号,9\n') });
    const dialog = page.getByRole('dialog', { name: '导入 调研.csv' });
    await expect(dialog.getByRole('combobox', { name: '导入为，列 情绪' })).toHaveValue('emotion');
    await expect(dialog.getByRole('list', { name: '需要先解决的问题' }).getByRole('listitem')).toHaveText([
      '第 2 行，列“情绪”，值“9”：情绪必须是 -2 到 2 之间的整数',
    ]);
    await expect(dialog.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
  });
});

async function pasteText(page: Page, text: string) {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('pastes cells copied from a spreadsheet as touchpoints, one undo step', async ({ page }) => {
  await emptyJourney(page);
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.keyboard.press('Enter');
  await page.locator('.react-flow__pane').click();
  // No header row: title, channel, tier, emotion, pain point, severity.
  await pasteText(page, 'Call the hotline\tphone\tutility\t-1\tOn hold\t4\nRead the FAQ\twebsite\n');
  await expect(cards(page)).toHaveCount(2);
  await expect(card(page, 'Call the hotline')).toBeVisible();
  await expect(card(page, 'Read the FAQ')).toBeVisible();
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('Control+z');
  await expect(cards(page)).toHaveCount(0);
  // With a header row the columns are understood by name.
  await pasteText(page, '触点\t渠道\n取号\t线下面对面\n');
  await expect(card(page, '取号')).toBeVisible();
});
