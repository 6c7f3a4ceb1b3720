/**
 * What the window loads before its start screen (issue 16): at most 300 kB of gzipped
 * JavaScript. The budget is read from the built files (out/web, built just before these tests),
 * so it is the same on every run; the browser then shows that the start screen comes up
 * loading nothing else, that ELK, the template files, the export code, the report and the
 * other languages' words stay out until they are asked for, and that each arrives when it is.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { INITIAL_JS_BUDGET_BYTES, initialJavaScript } from '../bench/initialJs';

const WEB_BUILD = fileURLToPath(new URL('../../out/web/', import.meta.url));

/** Every script the page fetched (modules and workers), by file name. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) scripts.push(path.slice(path.lastIndexOf('/') + 1));
  });
  return scripts;
}

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

test('the web build loads at most 300 kB of gzipped JavaScript before its first paint', () => {
  const initial = initialJavaScript(WEB_BUILD);
  const listing = initial.files.map((f) => `${f.path} ${(f.gzipBytes / 1000).toFixed(1)} kB`).join(', ');
  expect(initial.gzipBytes, `initial JavaScript: ${listing}`).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
  // The layout engine alone is 1.6 MB: it must never be part of the start.
  expect(initial.files.some((f) => /elk/i.test(f.path))).toBe(false);
});

test('the start screen comes up with only the initial scripts; the rest loads when first needed', async ({ page }) => {
  const initial = new Set(initialJavaScript(WEB_BUILD).files.map((f) => fileName(f.path)));
  const scripts = recordScripts(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start a blank journey' })).toBeVisible();
  // The template previews follow the first paint: wait for them so the list below is complete.
  await expect(page.locator('.start img.template-tile__preview').first()).toBeVisible();
  const startup = [...scripts];
  for (const name of initial) expect(startup, `${name} is part of the start`).toContain(name);
  // Only the template previews follow the first paint: the template files, the map renderer,
  // and each language's shell words (app-*: the blank template's "untitled"), not whole catalogues.
  const later = startup.filter(
    (name) => !initial.has(name) && !/^(templates|thumbnails|mapLabels|mapParts|app)-/.test(name),
  );
  expect(later).toEqual([]);

  // Each lazy part arrives when asked for, and works.
  await page.getByRole('button', { name: 'Start a blank journey' }).click();
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await expect.poll(() => scripts.some((name) => name.startsWith('elkLayout.worker'))).toBe(true);
  await expect(page.getByText('Auto-layout could not run', { exact: false })).toHaveCount(0);
  await page.getByRole('button', { name: 'CX report' }).click();
  await expect(
    page.getByRole('complementary', { name: 'CX report' }).getByRole('heading', { name: 'CX pyramid' }),
  ).toBeVisible();
  expect(scripts.some((name) => name.startsWith('ReportPanel'))).toBe(true);
  await page.keyboard.press('Control+e');
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  expect(scripts.some((name) => name.startsWith('ExportDialog'))).toBe(true);
});

test('a window that starts in Chinese waits for its words: no English or keys at first paint', async ({ page }) => {
  await page.addInitScript(() => {
    // The browser host keeps settings in localStorage; a saved Traditional Chinese choice.
    if (!localStorage.getItem('journey-studio.settings'))
      localStorage.setItem('journey-studio.settings', JSON.stringify({ language: 'zh-TW' }));
    const seen: string[] = [];
    (window as unknown as { __firstTexts: string[] }).__firstTexts = seen;
    new MutationObserver(() => {
      const start = document.querySelector('.start');
      if (start && seen.length === 0) seen.push(start.textContent ?? '');
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: '新增空白旅程' })).toBeVisible();
  const [first] = await page.evaluate(() => (window as unknown as { __firstTexts: string[] }).__firstTexts);
  expect(first).toContain('新增空白旅程');
  expect(first).not.toContain('Start a blank journey');
  expect(first).not.toMatch(/\bstart\.\w+/);
});
