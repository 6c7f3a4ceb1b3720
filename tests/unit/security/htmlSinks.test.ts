/**
 * The renderer puts file text into the page only as React text, attribute values or images:
 * no raw-HTML sink, no string-to-code call anywhere in renderer/ or shared/. A new use needs
 * a sanitiser (DOMPurify) under the CSP and a change to this list, on purpose.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SINKS = [
  /dangerouslySetInnerHTML/,
  /\.(inner|outer)HTML\s*=/,
  /insertAdjacentHTML/,
  /document\.write/,
  /createContextualFragment/,
  /\beval\s*\(/,
  /new Function\s*\(/,
  /\bsrcdoc\b/,
  /setTimeout\(\s*['"`]/,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('raw HTML and code-from-text sinks', () => {
  it('are used nowhere in renderer/ or shared/', () => {
    const found = [...sources(join(ROOT, 'renderer')), ...sources(join(ROOT, 'shared'))].flatMap((file) => {
      const text = readFileSync(file, 'utf8').replace(/^\s*(\/\/|\*|\/\*).*$/gm, '');
      return SINKS.filter((sink) => sink.test(text)).map((sink) => `${relative(ROOT, file)}: ${sink.source}`);
    });
    expect(found).toEqual([]);
  });

  it('the check itself notices a sink', () => {
    expect(SINKS.some((sink) => sink.test('<div dangerouslySetInnerHTML={{ __html: title }} />'))).toBe(true);
    expect(SINKS.some((sink) => sink.test('el.innerHTML = title'))).toBe(true);
  });

  it('zod is told not to compile with eval before the page parses anything', () => {
    const main = readFileSync(join(ROOT, 'renderer/main.tsx'), 'utf8');
    expect(main.split('\n')[0]).toBe("import './zodWithoutEval';");
    expect(readFileSync(join(ROOT, 'renderer/zodWithoutEval.ts'), 'utf8')).toContain('z.config({ jitless: true });');
  });
});
