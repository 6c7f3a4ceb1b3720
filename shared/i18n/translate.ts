/**
 * A small translator over the catalogues for code that runs without i18next: Electron's main
 * process (menus, native dialogs). Same keys and {{placeholders}} as the renderer's t(); a key
 * missing from a locale falls back to English, then to the key itself.
 */
import { CATALOGUES, type UiLanguage } from './languages';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

function lookup(messages: unknown, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function createTranslator(language: UiLanguage): Translate {
  return (key, values = {}) => {
    const text = lookup(CATALOGUES[language], key) ?? lookup(CATALOGUES.en, key) ?? key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : whole,
    );
  };
}
