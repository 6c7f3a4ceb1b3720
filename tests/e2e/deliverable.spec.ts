/**
 * Issue 17's deliverable in the app: the report view's charts follow the dark theme and speak
 * the UI language (pyramid labels in 简体中文), the Export dialog remembers its last format and
 * options across a restart, and the PDF's print view holds the map in readable parts and the
 * findings (printed here with Chromium's own PDF writer and read back with poppler).
 * Screenshots land in out/screenshots/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { MAP_THEMES } from '../../shared/layout/tokens';

const SCREENSHOTS = 'out/screenshots';

/** The stored settings the app starts with (the browser host keeps them in localStorage). */
async function startWith(page: Page, settings: Record<string, unknown>): Promise<void> {
  await page.addInitScript((stored) => {
    if (!localStorage.getItem('journey-studio.settings'))
      localStorage.setItem('journey-studio.settings', JSON.stringify(stored));
  }, settings);
  await page.goto('/');
}

/** The restaurant sample, from the start screen's link (its words in the UI language). */
async function openSample(page: Page, link = 'Open a sample journey map'): Promise<void> {
  await page.getByRole('button', { name: link }).click();
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
}

/** The SVG behind a chart image (the report view shows charts as data-URL images). */
async function chartSvg(image: Locator): Promise<string> {
  const src = (await image.getAttribute('src')) ?? '';
  return decodeURIComponent(src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
}

test('the report view’s charts follow the dark theme', async ({ page }) => {
  await startWith(page, { theme: 'dark' });
  await openSample(page);
  await page.keyboard.press('Control+Alt+r');
  const report = page.getByRole('complementary', { name: 'CX report' });
  const emotion = report.getByRole('img', { name: 'Emotion curve' });
  const pyramid = report.getByRole('img', { name: 'CX pyramid' });
  await expect(emotion).toBeVisible();
  const dark = MAP_THEMES.dark;
  for (const chart of [emotion, pyramid]) {
    const svg = await chartSvg(chart);
    // The theme's page colour behind, its text colours on it: no white box.
    expect(svg).toContain(`fill="${dark.page}" rx="8"`);
    expect(svg).not.toContain('fill="#ffffff" rx="8"');
    expect(svg).toMatch(new RegExp(`fill="(${dark.muted}|${dark.text})"`));
    // And on screen: the chart's corner pixel is the dark page colour, not white.
    const shot = await chart.screenshot();
    expect(shot.length).toBeGreaterThan(0);
  }
  const corner = await emotion.evaluate(async (img: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    return [...context.getImageData(20, 20, 1, 1).data.slice(0, 3)];
  });
  expect(Math.max(...corner)).toBeLessThan(60);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await report.screenshot({ path: join(SCREENSHOTS, 'report-dark.png') });
  await page.screenshot({ path: join(SCREENSHOTS, 'report-dark-window.png') });

  // Switching back to light redraws the charts in light colours.
  await page.keyboard.press('Control+Comma');
  const settings = page.getByRole('dialog');
  await settings.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).check();
  await settings.locator('button[type="submit"]').click();
  await expect.poll(async () => chartSvg(emotion)).toContain(`fill="${MAP_THEMES.light.page}" rx="8"`);
});

test('in 简体中文 the report view speaks Chinese, the pyramid’s labels included', async ({ page }) => {
  await startWith(page, { language: 'zh-CN', theme: 'light' });
  await openSample(page, '打开一个示例旅程图');
  await page.keyboard.press('Control+Alt+r');
  const report = page.getByRole('complementary', { name: '客户体验报告' });
  const pyramid = report.getByRole('img', { name: '客户体验金字塔' });
  await expect(pyramid).toBeVisible();
  const svg = await chartSvg(pyramid);
  for (const tier of ['实用', '易用', '愉悦']) expect(svg).toContain(`>${tier}</text>`);
  for (const english of ['Utility', 'Usability', 'Delight', 'CX pyramid']) expect(svg).not.toContain(english);
  const emotion = await chartSvg(report.getByRole('img', { name: '情绪曲线' }));
  expect(emotion).toContain('aria-label="情绪曲线"');
  // Warnings in full Chinese sentences, naming the stage.
  const warnings = report.getByRole('list').filter({ has: page.locator('[data-code]') });
  await expect(warnings.getByRole('listitem').first()).toContainText(/阶段“.+”/);
  await expect(warnings).not.toContainText(/[A-Za-z]{4,} (has|touchpoints)/);
  // KPI values keep the unit the user typed.
  await expect(report.getByRole('table').filter({ hasText: '基线' })).toContainText('68%');
  await page.setViewportSize({ width: 1280, height: 720 });
  await report.screenshot({ path: join(SCREENSHOTS, 'report-zh-CN.png') });
  await page.screenshot({ path: join(SCREENSHOTS, 'report-zh-CN-window.png') });
});

test('the Export dialog opens with the format and options it was last given, after a restart too', async ({ page }) => {
  await page.goto('/');
  await openSample(page);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  // A first start: a 2× PNG.
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('png');
  await expect(dialog.getByRole('combobox', { name: 'Scale' })).toHaveValue('2');
  await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('4');
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('pdf');
  await dialog.getByRole('combobox', { name: 'Page size' }).selectOption('a3');
  await dialog.getByRole('combobox', { name: 'Orientation' }).selectOption('portrait');
  await dialog.getByRole('combobox', { name: 'Map theme' }).selectOption('dark');
  await dialog.getByRole('button', { name: 'Close' }).click();

  const expectRemembered = async () => {
    await page.keyboard.press('Control+e');
    await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('pdf');
    await expect(dialog.getByRole('combobox', { name: 'Page size' })).toHaveValue('a3');
    await expect(dialog.getByRole('combobox', { name: 'Orientation' })).toHaveValue('portrait');
    await expect(dialog.getByRole('combobox', { name: 'Map theme' })).toHaveValue('dark');
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('png');
    await expect(dialog.getByRole('combobox', { name: 'Scale' })).toHaveValue('4');
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('pdf');
    await dialog.getByRole('button', { name: 'Close' }).click();
  };
  await expectRemembered();
  // A restart: the same choices, from the settings in the browser's storage.
  await page.reload();
  await openSample(page);
  await expectRemembered();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('journey-studio.settings') ?? '{}'));
  expect(stored.exportDefaults).toMatchObject({
    format: 'pdf',
    page: 'a3',
    orientation: 'portrait',
    theme: 'dark',
    scale: 4,
  });
});

/** Keeps a copy of the print view when the app calls print(), and of its @page rule. */
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

test('the app’s PDF holds the map in readable parts and then the findings', async ({ page }, info) => {
  await page.goto('/');
  await openSample(page);
  await capturePrint(page);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('pdf');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect.poll(() => page.evaluate(() => 'printed' in window)).toBe(true);
  const printed = await page.evaluate(
    () => (window as unknown as { printed: { html: string; style: string } }).printed,
  );
  // Put the captured view back as it was printed and let Chromium write the PDF from it.
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
  const path = info.outputPath('app.pdf');
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
  expect(pages).toBeGreaterThan(3);
  // Two map pages (stages 1–3 and 4–6 on A4 landscape), then the findings.
  expect(text).toContain('Journey map: stages 1–3 of 6');
  expect(text).toContain('Journey map: stages 4–6 of 6');
  for (const finding of [
    'Persona: Maya, the dinner organiser',
    'Secure a table for six on Friday at 7:30 pm.',
    'Mystery shopper: 3 of 8 weekend visits waited over 15 minutes despite a booking',
    'Restaurant manager',
    'Menu page bounce rate (mobile)',
    '68%',
    'fix the base first',
  ])
    expect(text).toContain(finding);
  expect(text).not.toMatch(/delight-on-broken-base|single-channel-stage/);
  // The map page's text is as large as the command line's: median word at least 7 pt.
  const bbox = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', path, '-'], { encoding: 'utf8' });
  const heights = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map(
    (m) => Number(m[2]) - Number(m[1]),
  );
  heights.sort((a, b) => a - b);
  expect(heights.length).toBeGreaterThan(50);
  expect(heights[Math.floor(heights.length / 2)]).toBeGreaterThanOrEqual(7);
  mkdirSync(SCREENSHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '4', path, join(SCREENSHOTS, 'app-pdf')]);
});
