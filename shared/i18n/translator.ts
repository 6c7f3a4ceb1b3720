/**
 * A small translator over one catalogue, for code that runs without i18next. Same keys and
 * {{placeholders}} as the renderer's t(); a key missing from the catalogue falls back to
 * English, then to the key itself. English alone is imported here, so English defaults (the
 * words of a map exported without labels) do not bring every language's words with them;
 * translate.ts picks a catalogue by language.
 */
import { en, type Messages } from './en';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

function lookup(messages: unknown, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function translatorOf(messages: Messages): Translate {
  return (key, values = {}) => {
    const text = lookup(messages, key) ?? lookup(en, key) ?? key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : whole,
    );
  };
}

export const englishTranslator: Translate = translatorOf(en);
