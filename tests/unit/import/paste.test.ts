/** Cells pasted from a spreadsheet: with a header row like a file, without one in a fixed order. */
import { describe, expect, it } from 'vitest';
import { formatImportProblem, importTable, looksLikeCells, pastedCells } from '../../../shared/import';

function imported(text: string) {
  const cells = pastedCells(text);
  if (!cells.ok) throw new Error(JSON.stringify(cells.problems));
  const result = importTable(cells.table, cells.mapping);
  return { cells, result };
}

describe('pasted cells', () => {
  it('use a header row the way a file does', () => {
    const { cells, result } = imported('Stage\t触点\tChannel\nVisit\tWaiting room\tphone\n');
    expect(cells.hasHeader).toBe(true);
    expect(result.ok && result.journey.touchpoints.map((t) => [t.title, t.channel])).toEqual([
      ['Waiting room', 'phone'],
    ]);
  });

  it('without a header are title, channel, tier, emotion, pain point, severity, description', () => {
    const { cells, result } = imported('Call us\tphone\tusability\t-1\tOn hold\t4\tThe hotline\textra\nWrite\temail\n');
    expect(cells.hasHeader).toBe(false);
    expect(cells.mapping.map((m) => m.field)).toEqual([
      'title',
      'channel',
      'tier',
      'emotion',
      'painPoint',
      'severity',
      'description',
      'ignore',
    ]);
    if (!result.ok) throw new Error('import');
    expect(
      result.journey.touchpoints.map((t) => [t.title, t.channel, t.tier, t.painPoints.length, t.description]),
    ).toEqual([
      ['Call us', 'phone', 'usability', 1, 'The hotline'],
      ['Write', 'email', 'utility', 0, undefined],
    ]);
  });

  it('count their lines from the first pasted row', () => {
    const { result } = imported('a\tphone\tgold\n');
    expect(!result.ok && result.problems.map(formatImportProblem)).toEqual([
      'line 1, column "tier", value "gold": tier must be utility, usability or delight',
    ]);
  });

  it('are told apart from plain text', () => {
    expect(looksLikeCells('a\tb')).toBe(true);
    expect(looksLikeCells('one\ntwo')).toBe(true);
    expect(looksLikeCells('just words')).toBe(false);
  });
});
