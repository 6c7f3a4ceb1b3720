/**
 * Turning file text into a JSON value without trusting it: clear messages with line and
 * column for syntax errors, a nesting limit, and keys that could reach a prototype refused.
 */
import type { Problem } from './types';
import { worded, type Worded } from './worded';

/** Deeper than any real journey (about 6 levels) by a wide margin; stops stack-hungry walkers. */
export const MAX_NESTING = 64;
/** Keys refused anywhere in a file: they could reach a prototype in careless code. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

export function parseJsonText(raw: string): JsonTextResult {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') return fail('', worded('the file is empty', 'emptyFile'));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const at = locateSyntaxError(text);
    const { line, column } = lineColumn(text, at.offset);
    return fail(
      '',
      worded(`not valid JSON: ${at.message} at line ${line}, column ${column}`, 'notJson', {
        reason: at.message,
        line,
        column,
      }),
    );
  }
  const problems = checkStructure(value);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

function fail(path: string, words: Worded): JsonTextResult {
  return { ok: false, problems: [{ path, ...words }] };
}

/** Iterative walk (no recursion, so deep input cannot overflow the stack). */
function checkStructure(root: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_NESTING) {
      problems.push({
        path: path.length > 80 ? `${path.slice(0, 80)}…` : path,
        ...worded(`nested more than ${MAX_NESTING} levels deep`, 'tooDeep', { max: MAX_NESTING }),
      });
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], path: `${path}[${i}]`, depth: depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const childPath = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ path: childPath, ...worded(`the key "${key}" is not allowed`, 'forbiddenKey', { key }) });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: childPath, depth: depth + 1 });
    }
  }
  return problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Finds the first syntax error. Engines word (and position) JSON.parse errors differently,
 * so we scan ourselves; only called after JSON.parse has already failed.
 */
export function locateSyntaxError(text: string): { offset: number; message: string } {
  let i = 0;
  const n = text.length;
  // What the scanner expects next: a value, or a container's punctuation.
  const containers: ('{' | '[')[] = [];
  type Expect = 'value' | 'key' | 'colon' | 'comma-or-close' | 'end';
  let expect: Expect = 'value';
  const ws = () => {
    while (i < n && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const err = (message: string) => ({ offset: i, message });
  const describe = () => (i >= n ? 'unexpected end of file' : `unexpected character ${JSON.stringify(text[i])}`);
  const afterValue = (): Expect => (containers.length === 0 ? 'end' : 'comma-or-close');

  while (true) {
    ws();
    if (expect === 'end') return i < n ? err(`${describe()} after the end of the data`) : err('unexpected end of file');
    if (i >= n) return err('unexpected end of file');
    const c = text[i]!;
    if (expect === 'key') {
      if (c === '}' && text[i - 1] !== ',' && lastNonWs(text, i) === '{') {
        i++;
        containers.pop();
        expect = afterValue();
        continue;
      }
      if (c !== '"') return err(`expected a quoted property name but found ${JSON.stringify(c)}`);
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = 'colon';
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') return err(`expected ":" but found ${JSON.stringify(c)}`);
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'comma-or-close') {
      const open = containers[containers.length - 1]!;
      if (c === ',') {
        i++;
        expect = open === '{' ? 'key' : 'value';
        continue;
      }
      if ((open === '{' && c === '}') || (open === '[' && c === ']')) {
        i++;
        containers.pop();
        expect = afterValue();
        continue;
      }
      return err(`expected "," or "${open === '{' ? '}' : ']'}" but found ${JSON.stringify(c)}`);
    }
    // expect === 'value'
    if (c === '{') {
      containers.push('{');
      i++;
      expect = 'key';
      continue;
    }
    if (c === '[') {
      containers.push('[');
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        containers.pop();
        expect = afterValue();
      }
      continue;
    }
    if (c === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = afterValue();
      continue;
    }
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal) {
      i += literal[0].length;
      expect = afterValue();
      continue;
    }
    return err(c === ']' || c === '}' ? `unexpected "${c}" where a value was expected` : describe());
  }
}

function lastNonWs(text: string, before: number): string | undefined {
  let j = before - 1;
  while (j >= 0 && ' \t\n\r'.includes(text[j]!)) j--;
  return text[j];
}

function scanString(text: string, start: number): number | { offset: number; message: string } {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 34) return i + 1;
    if (code === 92) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
          return { offset: i, message: 'bad \\u escape in a string' };
        i += 6;
        continue;
      }
      if (next === undefined || !'"\\/bfnrt'.includes(next)) return { offset: i, message: 'bad escape in a string' };
      i += 2;
      continue;
    }
    if (code < 0x20) return { offset: i, message: 'control character inside a string (a string may not span lines)' };
    i++;
  }
  return { offset: start, message: 'a string is not closed' };
}
