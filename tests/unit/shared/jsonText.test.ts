import { describe, expect, it } from 'vitest';
import { lineColumn, locateSyntaxError, parseJsonText } from '../../../shared/model';

describe('parseJsonText', () => {
  it.each([
    ['{"a": }', 'unexpected "}" where a value was expected', 1, 7],
    ['{\n  "a": 1\n  "b": 2\n}', 'expected "," or "}" but found "\\""', 3, 3],
    ['{"a": "line\nbreak"}', 'control character inside a string', 1, 12],
    ['[1, 2', 'unexpected end of file', 1, 6],
    ['{"a": 1} x', 'after the end of the data', 1, 10],
    ["{'a': 1}", 'expected a quoted property name', 1, 2],
  ])('reports %j with line and column', (text, message, line, column) => {
    const located = locateSyntaxError(text);
    expect(located.message).toContain(message);
    expect(lineColumn(text, located.offset)).toEqual({ line, column });
    const parsed = parseJsonText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]!.message).toContain(`line ${line}, column ${column}`);
  });

  it('parses valid JSON', () => {
    expect(parseJsonText('{"a": [1, {"b": null}]}')).toEqual({ ok: true, value: { a: [1, { b: null }] } });
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const result = parseJsonText(deep);
    expect(result.ok).toBe(false);
  });
});
