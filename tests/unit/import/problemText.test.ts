/** Import problems in the app's language: the same problems the command line prints in English. */
import { describe, expect, it } from 'vitest';
import {
  formatImportProblem,
  importProblemIn,
  parseCsvTable,
  detectMapping,
  importTable,
} from '../../../shared/import';
import { createTranslator } from '../../../shared/i18n/translate';

function problems(text: string) {
  const parsed = parseCsvTable(text);
  if (!parsed.ok) throw new Error('parse');
  const mapping = detectMapping(parsed.table.header, parsed.table.rows);
  const result = importTable(parsed.table, mapping);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('import problems', () => {
  const found = problems('Touchpoint,Emotion,Tier,Maya\nA,9,gold,x\n');

  it('read in English the same through the catalogue as formatImportProblem gives the command line', () => {
    const english = createTranslator('en');
    expect(found.map((p) => importProblemIn(p, english))).toEqual(found.map(formatImportProblem));
  });

  it('are in Simplified and Traditional Chinese in the app', () => {
    expect(importProblemIn(found[0]!, createTranslator('zh-CN'))).toBe(
      '第 2 行，列“Emotion”，值“9”：情绪必须是 -2 到 2 之间的整数',
    );
    expect(importProblemIn(found[1]!, createTranslator('zh-TW'))).toBe(
      '第 2 列，欄「Tier」，值「gold」：層級必須是實用、易用或愉悅',
    );
  });

  it('name a field in the reader’s language', () => {
    const parsed = parseCsvTable('A,B\nx,y\n');
    if (!parsed.ok) throw new Error('parse');
    const both = importTable(parsed.table, [
      { index: 0, header: 'A', field: 'title', confidence: 'user' },
      { index: 1, header: 'B', field: 'title', confidence: 'user' },
    ]);
    if (both.ok) throw new Error('expected problems');
    expect(formatImportProblem(both.problems[0]!)).toBe(
      'line 1: columns "A", "B" are all touchpoint title; choose one',
    );
    expect(importProblemIn(both.problems[0]!, createTranslator('zh-CN'))).toBe(
      '第 1 行："A", "B" 这几列都被识别为触点标题；请只选一列',
    );
  });
});
