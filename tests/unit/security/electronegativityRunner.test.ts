/**
 * The rules of `npm run security` (scripts/electronegativity.mjs): how exceptions are read
 * and applied. The scan itself runs in `npm test` after `npm run build:electron`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Finding {
  id: string;
  file: string;
  location?: { line: number; column: number };
}
interface Exception {
  check: string;
  file: string;
  count?: number;
  reason: string;
}
interface Runner {
  readExceptions(json: unknown): { excludedChecks: unknown[]; findings: Exception[]; problems: string[] };
  applyExceptions(issues: Finding[], exceptions: Exception[]): { unjustified: Finding[]; stale: Exception[] };
}

const runnerUrl = new URL('../../../scripts/electronegativity.mjs', import.meta.url).href;
const runner = (await import(/* @vite-ignore */ runnerUrl)) as Runner;
const committed = JSON.parse(
  readFileSync(new URL('../../../.electronegativity-exceptions.json', import.meta.url), 'utf8'),
) as unknown;

const REASON = 'a reason long enough to say why';
const finding = (id: string, file: string): Finding => ({ id, file, location: { line: 1, column: 0 } });

describe('readExceptions', () => {
  it('accepts the committed exceptions file', () => {
    expect(runner.readExceptions(committed).problems).toEqual([]);
  });

  it('refuses entries without a check, a file or a reason', () => {
    const { problems } = runner.readExceptions({
      excludedChecks: [{ check: 'SomeCheck' }],
      findings: [
        { check: 'lower-case', file: 'x', reason: REASON },
        { check: 'OK_CHECK', reason: 'short' },
        { check: 'A', file: 'f', reason: REASON, count: 0 },
      ],
    });
    expect(problems).toEqual([
      'excludedChecks[0].reason must say why',
      'findings[0].check must be a check id',
      'findings[1].file must be a path',
      'findings[1].reason must say why',
      'findings[2].count must be a whole number above 0',
    ]);
    expect(runner.readExceptions({}).problems).toEqual([
      '"excludedChecks" must be a list',
      '"findings" must be a list',
    ]);
  });
});

describe('applyExceptions', () => {
  const excused: Exception = { check: 'SANDBOX_JS_CHECK', file: 'electron/main/window.ts', reason: REASON };

  it('passes a finding that an exception names by check and file', () => {
    expect(runner.applyExceptions([finding('SANDBOX_JS_CHECK', 'electron/main/window.ts')], [excused])).toEqual({
      unjustified: [],
      stale: [],
    });
  });

  it('reports the same check in another file, and another check in the same file', () => {
    const other = [
      finding('SANDBOX_JS_CHECK', 'electron/main/other.ts'),
      finding('NODE_INTEGRATION_JS_CHECK', 'electron/main/window.ts'),
    ];
    const { unjustified } = runner.applyExceptions(
      [finding('SANDBOX_JS_CHECK', 'electron/main/window.ts'), ...other],
      [excused],
    );
    expect(unjustified).toEqual(other);
  });

  it('reports a second occurrence beyond the count an exception allows', () => {
    const twice = [
      finding('SANDBOX_JS_CHECK', 'electron/main/window.ts'),
      finding('SANDBOX_JS_CHECK', 'electron/main/window.ts'),
    ];
    expect(runner.applyExceptions(twice, [excused]).unjustified).toHaveLength(1);
    expect(runner.applyExceptions(twice, [{ ...excused, count: 2 }]).unjustified).toEqual([]);
  });

  it('reports exceptions that no longer match anything, so the list stays honest', () => {
    expect(runner.applyExceptions([], [excused]).stale).toMatchObject([{ ...excused, used: 0 }]);
  });
});
