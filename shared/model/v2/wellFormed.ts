/**
 * Version 2 requires every string of a file, keys included, to be well-formed Unicode: a lone
 * UTF-16 surrogate is no character, cannot be written as UTF-8, and exports would have to drop
 * it. Version 1 allowed them, so its migration replaces each with U+FFFD and says where.
 * (String.prototype.isWellFormed is ES2024; shared/ is typechecked against ES2023.)
 */
import type { Problem } from '../types';
import { formatPath } from '../validate';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The index of the first unpaired surrogate in `text`, or -1 when it is well-formed. */
export function unpairedSurrogateAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHigh(code)) {
      if (i + 1 < text.length && isLow(text.charCodeAt(i + 1))) i++;
      else return i;
    } else if (isLow(code)) return i;
  }
  return -1;
}

/** `text` with every unpaired surrogate replaced by U+FFFD (the replacement character). */
export function toWellFormedText(text: string): string {
  if (unpairedSurrogateAt(text) < 0) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHigh(code) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      out += text.slice(i, i + 2);
      i++;
    } else out += isHigh(code) || isLow(code) ? '\ufffd' : text[i];
  }
  return out;
}

function describe(text: string, at: number): string {
  const unit = text.charCodeAt(at).toString(16).toUpperCase();
  // Counted in characters (code points), as a person counts them, not in UTF-16 units.
  const character = Array.from(text.slice(0, at)).length + 1;
  return `an unpaired surrogate (U+${unit}) at character ${character}, which is not a character`;
}

type Path = (string | number)[];
/** A path through a malformed key would print the lone surrogate it names; show U+FFFD instead. */
const printable = (path: Path) => toWellFormedText(formatPath(path));

/** Every string value and key in a JSON value that is not well-formed, as `path: message` problems. */
export function malformedTextProblems(root: unknown): Problem[] {
  const problems: Problem[] = [];
  // Iterative, so no depth of nesting can overflow the stack.
  // A malformed key is reported where its value is visited, so problems come in document order.
  const stack: { value: unknown; path: Path; key?: string }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path, key } = stack.pop()!;
    const keyAt = key === undefined ? -1 : unpairedSurrogateAt(key);
    if (keyAt >= 0)
      problems.push({
        path: printable(path.slice(0, -1)),
        // JSON.stringify escapes the lone surrogate, so the message itself stays printable.
        message: `the key ${JSON.stringify(key)} must be well-formed Unicode: ${describe(key!, keyAt)}`,
      });
    if (typeof value === 'string') {
      const at = unpairedSurrogateAt(value);
      if (at >= 0)
        problems.push({ path: printable(path), message: `must be well-formed Unicode: ${describe(value, at)}` });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const child = keys[i]!;
        stack.push({ value: (value as Record<string, unknown>)[child], path: [...path, child], key: child });
      }
    }
  }
  return problems;
}
