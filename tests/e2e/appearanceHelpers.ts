/** Shared steps of the languages, themes and templates end-to-end tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { en } from '../../shared/i18n/en';
import type { Journey } from '../../shared/model';

/** A template's file as shipped (the app gives it fresh ids and dates; titles and counts stay). */
export function templateFile(id: string, lang: 'en' | 'zh-CN' | 'zh-TW'): Journey {
  const path = join(import.meta.dirname, '../../shared/templates/files', `${id}.${lang}.journey`);
  return JSON.parse(readFileSync(path, 'utf8')) as Journey;
}

export type LanguageChoice = 'English' | '简体中文' | '繁體中文';

/** Settings by its shortcut (Ctrl+,), which works whatever language the toolbar speaks. */
export async function openSettings(page: Page): Promise<Locator> {
  await expect(page.getByRole('toolbar')).toBeVisible(); // the app has started and listens for keys
  await page.keyboard.press('Control+Comma');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('radio').first()).toBeVisible();
  return dialog;
}

/** Runs a command by its (English) name from the command palette (Ctrl+K). */
export async function openFromPalette(page: Page, command: string): Promise<void> {
  await expect(page.getByRole('toolbar')).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Command palette' }).fill(command.replace('…', ''));
  await page.getByRole('option', { name: command, exact: true }).click();
}

/** Saves the Settings dialog (its submit button, named in whatever language is on screen). */
export async function saveSettings(dialog: Locator): Promise<void> {
  await dialog.locator('button[type="submit"]').click();
  await expect(dialog).toBeHidden();
}

export async function chooseLanguage(page: Page, language: LanguageChoice): Promise<void> {
  const dialog = await openSettings(page);
  await dialog.getByRole('radio', { name: language, exact: true }).check();
  await saveSettings(dialog);
}

/** Everything a user reads or hears: visible text, and the names and hints of visible elements. */
export function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    // Text node by text node: <kbd>Ctrl</kbd><kbd>Z</kbd> must not read as one word "CtrlZ".
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !['SCRIPT', 'STYLE', 'OPTION'].includes(parent.tagName) && parent.checkVisibility())
        parts.push(node.textContent ?? '');
    }
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder], [alt], option')) {
      if (!el.checkVisibility() && el.tagName !== 'OPTION') continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name);
        if (value) parts.push(value);
      }
      if (el.tagName === 'OPTION') parts.push(el.textContent ?? '');
    }
    return parts.join('\n');
  });
}

/** Words that are no UI language's words: the product name, key names, acronyms in the catalogues. */
const ALWAYS_ALLOWED = new Set([
  'Journey',
  'Studio',
  'English', // Settings > Language names each language in itself
  'journey', // the .journey file extension
  'Ctrl',
  'Shift',
  'Alt',
  'Delete',
  'Backspace',
  'Enter',
  'Esc',
  // KPI acronyms, kept by the Chinese catalogues as the field writes them
  'KPI',
  'NPS',
  'CSAT',
  'CES',
  'FCR',
  'SMS',
  'PNG',
  'SVG',
  'PDF',
  'CSV',
  'JSON',
  'HTML',
  'Markdown',
  'SaaS', // an industry term the Chinese template names keep (B2B SaaS 销售与上线)
]);

/** The words of a journey's own text (titles, names, notes): users' text is never translated. */
export function ownWords(journey: Journey): Set<string> {
  const words = new Set<string>();
  const collect = (value: unknown) => {
    if (typeof value === 'string') for (const w of value.match(/[A-Za-z]{3,}/g) ?? []) words.add(w);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(journey);
  return words;
}

/** English words left in a Chinese UI: runs of three or more Latin letters not in the allow-lists. */
export function englishLeftovers(text: string, allowed: ReadonlySet<string> = new Set()): string[] {
  const words = text.match(/[A-Za-z]{3,}/g) ?? [];
  return [...new Set(words.filter((w) => !ALWAYS_ALLOWED.has(w) && !allowed.has(w)))];
}

/** Catalogue keys shown raw (a missing translation): "area.something" where area is a catalogue area. */
export function rawKeys(text: string): string[] {
  const areas = new Set(Object.keys(en));
  return [...new Set(text.match(/\b[a-zA-Z]+\.[\w.-]+/g) ?? [])].filter((m) => areas.has(m.split('.')[0]!));
}
