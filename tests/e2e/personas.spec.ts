/**
 * Several personas end to end (issue 12): "Add persona" twice in the Journey tab, a touchpoint
 * rated for both in the inspector, their curves overlaid under the lanes and toggled from the
 * legend, the "Pain points" band listing a pain point's text, then a PNG and a PDF exported
 * with both curves and the band. Images land in out/screenshots/ (personas-*) for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { withoutFileSystemAccess } from './fakeFileSystem';

const SCREENSHOTS = 'out/screenshots';
const panel = (page: Page) => page.getByRole('tabpanel');
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const curveLines = (page: Page) => page.locator('.emotion-curve .emotion-curve__line');

async function addPersona(page: Page, name: string) {
  await tab(page, 'Journey').click();
  await panel(page).getByRole('button', { name: 'Add persona' }).click();
  const field = panel(page).getByRole('textbox', { name: 'Name', exact: true });
  await expect(field).toBeFocused();
  // The new persona's default name is selected: typing replaces it.
  await page.keyboard.type(name);
  await expect(field).toHaveValue(name);
}

async function addTouchpoint(page: Page, title: string) {
  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: `Touchpoint ${title}`, exact: true }).click();
  await tab(page, 'Touchpoint').click();
}

async function rate(page: Page, persona: string, level: string) {
  await panel(page)
    .getByRole('radiogroup', { name: `Emotion of ${persona}` })
    .getByRole('radio', { name: level, exact: true })
    .check();
}

/** The print view's HTML as window.print() would print it (the app's PDF path). */
async function capturePrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => {
      const view = document.querySelector('.print-view')!;
      const pageRule =
        [...document.head.querySelectorAll('style')].map((s) => s.textContent ?? '').find((t) => t.includes('@page')) ??
        '';
      (window as unknown as { printed: { html: string; style: string } }).printed = {
        html: view.outerHTML,
        style: pageRule,
      };
      window.dispatchEvent(new Event('afterprint'));
    };
  });
}

async function twoRatedTouchpoints(page: Page) {
  await page.goto('/');
  for (const name of ['Browse', 'Pay']) {
    await page.getByRole('button', { name: 'Add stage' }).click();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  }
  await addPersona(page, 'Ana');
  await addPersona(page, 'Ben');
  await expect(panel(page).getByRole('button', { name: 'Make Ben primary' })).toBeVisible();

  await addTouchpoint(page, 'Product page');
  await rate(page, 'Ana', 'Positive');
  await rate(page, 'Ben', 'Negative');
  await addTouchpoint(page, 'Checkout');
  await rate(page, 'Ana', 'Very negative');
  await rate(page, 'Ben', 'Neutral');
  await panel(page).getByRole('button', { name: 'Add pain point' }).click();
  await page.keyboard.type('Card declined twice at checkout');
}

test('two personas rated in the inspector overlay their curves; the legend hides one; the pain-point band lists the text', async ({
  page,
}) => {
  await twoRatedTouchpoints(page);
  await expect(curveLines(page)).toHaveCount(2);
  const ana = page.getByRole('checkbox', { name: 'Show Ana’s curve' });
  await ana.uncheck();
  await expect(curveLines(page)).toHaveCount(1);
  await ana.check();
  await expect(curveLines(page)).toHaveCount(2);

  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('pain points band');
  await page.keyboard.press('Enter');
  const band = page.getByRole('img', { name: 'Pain points by stage' });
  await expect(band).toContainText('Card declined twice at checkout');
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, 'personas-canvas.png') });
});

test('axe finds no serious or critical problem in the personas list, the rating rows and the legend', async ({
  page,
}) => {
  await twoRatedTouchpoints(page);
  const scan = async (selector: string) => {
    const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  };
  expect(await scan('aside.side-panels')).toEqual([]);
  expect(await scan('.curve-legend')).toEqual([]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.locator('aside.side-panels').screenshot({ path: join(SCREENSHOTS, 'personas-ratings.png') });
  await tab(page, 'Journey').click();
  expect(await scan('aside.side-panels')).toEqual([]);
  await page.locator('aside.side-panels').screenshot({ path: join(SCREENSHOTS, 'personas-list.png') });
  // Deleting asks, and says how many ratings go with the persona.
  await panel(page).getByRole('button', { name: 'Delete Ben' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the persona Ben?' });
  await expect(dialog).toContainText('Their ratings of 2 touchpoints are deleted too.');
  await dialog.getByRole('button', { name: 'Delete persona' }).click();
  await expect(curveLines(page)).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: 'Show Ana’s curve' })).toHaveCount(0);
});

test('a PNG and a PDF export carry both curves and the pain-point band', async ({ page }, info) => {
  // Exports download (no File System Access API), so the test can read them.
  await withoutFileSystemAccess(page);
  await twoRatedTouchpoints(page);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('pain points band');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'Pain points by stage' })).toBeVisible();

  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('svg');
  let download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  expect(svg).toContain('>Card declined twice at checkout</text>');
  expect(svg).toContain('>Ana</text>');
  expect(svg).toContain('>Ben</text>');

  await page.keyboard.press('Control+e');
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('png');
  download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const pngPath = info.outputPath('personas.png');
  await (await download).saveAs(pngPath);
  const png = PNG.sync.read(readFileSync(pngPath));
  expect(png.width).toBeGreaterThan(600);
  mkdirSync(SCREENSHOTS, { recursive: true });
  copyFileSync(pngPath, join(SCREENSHOTS, 'personas-export.png'));

  await capturePrint(page);
  await page.keyboard.press('Control+e');
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('pdf');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect.poll(() => page.evaluate(() => 'printed' in window)).toBe(true);
  const printed = await page.evaluate(
    () => (window as unknown as { printed: { html: string; style: string } }).printed,
  );
  await page.evaluate(({ html, style }) => {
    const rule = document.createElement('style');
    rule.textContent = style;
    document.head.append(rule);
    document.body.insertAdjacentHTML('beforeend', html);
    document.body.classList.add('printing');
  }, printed);
  await page.evaluate(() =>
    Promise.all([...document.querySelectorAll<HTMLImageElement>('.print-view img')].map((i) => i.decode())),
  );
  const pdfPath = info.outputPath('personas.pdf');
  writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  // The findings: both personas' figures.
  expect(text).toContain('Average emotion by stage and persona');
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '2', pdfPath, join(SCREENSHOTS, 'personas-pdf')]);
});
