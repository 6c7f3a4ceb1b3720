/**
 * A hostile file end to end: every field of tests/fixtures/hostile/hostile.journey holds a
 * script payload. A trap on `window.__pwned` and a Content-Security-Policy violation log are
 * set before the app loads; the file is opened and shown in the canvas, the inspector, the
 * side panels, the report and the export dialog. Nothing may run, and every text shows literally.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../renderer/csp';
import { HOSTILE_FILE_NAME, buildHostileJourney } from '../fixtures/hostile/buildHostileJourney';
import { withoutFileSystemAccess } from './fakeFileSystem';

const HOSTILE_FILE = fileURLToPath(new URL(`../fixtures/hostile/${HOSTILE_FILE_NAME}`, import.meta.url));
const { texts } = buildHostileJourney();

interface Traps {
  pwned: string[];
  dialogs: string[];
  violations: string[];
}

/** Runs before any page script: records any write to window.__pwned, alert/confirm/prompt, and CSP violations. */
async function setTraps(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const traps = { pwned: [] as string[], dialogs: [] as string[], violations: [] as string[] };
    Object.defineProperty(window, '__traps', { value: traps });
    Object.defineProperty(window, '__pwned', {
      get: () => undefined,
      set: (value: unknown) => traps.pwned.push(String(value)),
    });
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      Object.defineProperty(window, name, { value: (message?: unknown) => void traps.dialogs.push(String(message)) });
    }
    document.addEventListener('securitypolicyviolation', (e) =>
      traps.violations.push(
        `${e.effectiveDirective}: ${e.blockedURI || 'inline'} ${e.sample} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
}

const traps = (page: Page) => page.evaluate(() => (window as unknown as { __traps: Traps }).__traps);

/** Markup a payload would have created had it been parsed as HTML. */
const injectedElements = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'script:not([src]), iframe, object, embed, img[src="x"], [onerror], [onload], [onmouseover], a[href^="javascript:"], svg[onload]',
      ),
    ].map((el) => el.outerHTML.slice(0, 120)),
  );

/** Everything the page shows as text: rendered text, form values, option labels and alt text. */
const shownText = (page: Page) =>
  page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea')].map(
      (el) => (el as HTMLInputElement | HTMLTextAreaElement).value,
    );
    const options = [...document.querySelectorAll('option')].map((o) => o.textContent ?? '');
    const alts = [...document.querySelectorAll('img[alt]')].map((img) => img.getAttribute('alt') ?? '');
    return [document.body.innerText, ...values, ...options, ...alts].join('\n');
  });

async function openHostileFile(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(HOSTILE_FILE);
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue(texts['journey title']!);
}

test('a hostile file opens, shows every text literally, and runs nothing', async ({ page }) => {
  test.setTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await setTraps(page);
  await withoutFileSystemAccess(page);
  await page.goto('/');
  await openHostileFile(page);

  const seen: string[] = [];
  const look = async () => seen.push(await shownText(page));

  // The canvas: lanes, cards and connection labels.
  const cards = page.locator('.react-flow__node-touchpoint');
  await expect(cards).toHaveCount(3);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await look();

  // The inspector, for each card.
  for (const title of ['touchpoint A title', 'touchpoint B title', 'touchpoint C title']) {
    await cards
      .filter({ hasText: texts[title]!.slice(0, 20) })
      .first()
      .click();
    await expect(page.getByRole('tabpanel').getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
      texts[title]!,
    );
    await look();
  }

  // The journey panel (persona) and the stages panel.
  for (const name of ['Journey', 'Stages']) {
    await page.getByRole('tab', { name, exact: true }).click();
    await look();
  }

  // The report view and the export dialog.
  await page.getByRole('toolbar').getByRole('button', { name: 'CX report' }).click();
  await expect(page.getByRole('complementary', { name: 'CX report' })).toBeVisible();
  await look();
  await page.getByRole('toolbar').getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await expect(exportDialog).toBeVisible();
  await expect(exportDialog.getByRole('img').first()).toBeVisible();
  await look();

  const everything = seen.join('\n');
  // Ids and the unknown field are data the UI does not show; every user-fillable field is shown somewhere.
  const notShown = Object.entries(texts)
    .filter(([tag]) => !tag.startsWith('unknown field'))
    .filter(([, text]) => !everything.includes(text))
    .map(([tag]) => tag);
  expect(notShown).toEqual([]);

  expect(await injectedElements(page)).toEqual([]);
  expect(await traps(page)).toEqual({ pwned: [], dialogs: [], violations: [] });
  expect(errors).toEqual([]);
});

test('the built page carries the CSP, and the traps above would have caught a payload', async ({ page }) => {
  await setTraps(page);
  await page.goto('/');
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', CONTENT_SECURITY_POLICY);

  // A script element that a bad escape would have produced is refused by the CSP, and logged.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = "inline script"';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__pwned = "event handler"');
    img.src = 'data:,not-an-image';
    document.body.append(img);
  });
  await expect.poll(async () => (await traps(page)).violations.length).toBeGreaterThanOrEqual(2);
  // Nor may code turn a string into script (setTimeout with a string is eval).
  await page.evaluate(() => setTimeout('window.__pwned = "string timer"' as unknown as () => void, 0));
  await expect
    .poll(async () => (await traps(page)).violations.some((v) => v.startsWith('script-src: eval')))
    .toBe(true);
  // And had anything run, the trap would say so.
  await page.evaluate(() => ((window as unknown as { __pwned: string }).__pwned = 'direct write'));
  const caught = await traps(page);
  expect(caught.pwned).toEqual(['direct write']);
  expect(caught.violations.join('\n')).toMatch(/script-src/);
});
