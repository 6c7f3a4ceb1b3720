/** The pain-point and opportunity bands: what each stage lists, in which order, and how it is laid out. */
import { describe, expect, it } from 'vitest';
import {
  BAND_TEXT,
  layoutNoteBand,
  opportunitiesByStage,
  painPointsByStage,
  type BandNote,
} from '../../../shared/layout/noteBands';
import type { BandFrame } from '../../../shared/layout/personaCurves';
import { orderTouchpointsV2 } from '../../../shared/model/v2';
import { personasBlueprint } from '../report/fixtureJourneys';

const frame: BandFrame = {
  columns: [
    { stageId: 's-find', x: 0, width: 300 },
    { stageId: 's-buy', x: 316, width: 300 },
  ],
  top: 1000,
  width: 616,
};

describe('what the bands list', () => {
  const ordered = orderTouchpointsV2(personasBlueprint());

  it('lists each stage’s pain points most severe first, ties in journey order', () => {
    const byStage = painPointsByStage(ordered);
    // Find: pp-404 (4, t-site) before pp-loud (2, t-ad) though t-ad comes first.
    expect(byStage.get('s-find')!.map((n) => [n.id, n.weight])).toEqual([
      ['pp-404', 4],
      ['pp-loud', 2],
    ]);
    // Buy: pp-lost (5, t-cart) and pp-card (5, t-pay) in journey order, then pp-slow (4).
    expect(byStage.get('s-buy')!.map((n) => n.text)).toEqual([
      'Cart emptied on login',
      'Card declined twice',
      'Payment page takes 20 s',
    ]);
    expect(byStage.has('s-use')).toBe(false);
  });

  it('lists opportunities by impact, then cheaper first, then journey order', () => {
    const tp = ordered[0]!;
    const opp = (id: string, impact: number, effort: number) => ({
      id,
      text: id,
      impact,
      effort,
      status: 'idea' as const,
    });
    const byStage = opportunitiesByStage([
      { ...tp, opportunities: [opp('a', 3, 3), opp('b', 5, 4), opp('c', 5, 1)] },
      { ...tp, id: 'later', opportunities: [opp('d', 3, 3)] },
    ]);
    expect(byStage.get(tp.stageId)!.map((n) => n.id)).toEqual(['c', 'b', 'a', 'd']);
  });
});

const note = (id: string, text: string): BandNote => ({ id, touchpointId: 't', text, weight: 3 });

describe('layoutNoteBand', () => {
  const t = BAND_TEXT;

  it('places each note under the last, wrapped to the column, the band as tall as the longest column', () => {
    const long = 'The payment page forgets the delivery address whenever the customer goes back a step';
    const layout = layoutNoteBand(
      'painPoints',
      new Map([
        ['s-find', [note('a', 'Short'), note('b', long)]],
        ['s-buy', [note('c', 'One')]],
      ]),
      frame,
    )!;
    const [find, buy] = layout.columns;
    expect(layout.band.y).toBe(1000 + t.gap);
    const first = layout.band.y + t.padding;
    expect(find!.notes[0]).toMatchObject({ lines: ['Short'], y: first });
    expect(find!.notes[1]!.y).toBe(first + t.lineHeight + t.noteGap);
    // 300 - 26 inset - 12 padding = 262 px of 12 px text: the long note breaks.
    const lines = find!.notes[1]!.lines;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(long);
    expect(find!.more).toBe(0);
    expect(buy!.notes.map((n) => n.lines)).toEqual([['One']]);
    // Find holds 1 + lines.length lines and one gap between its notes.
    expect(layout.band.height).toBe((1 + lines.length) * t.lineHeight + t.noteGap + 2 * t.padding);
    expect(layout.textInset).toBe(t.padding + t.markerWidth);
  });

  it('ends a long list in "+N more", never taller than its line budget', () => {
    const many = Array.from({ length: 40 }, (_, i) => note(`n${i}`, `Pain ${i}`));
    const layout = layoutNoteBand('painPoints', new Map([['s-find', many]]), frame)!;
    const find = layout.columns[0]!;
    // One line each; a line kept for "+N more": 13 shown, 27 more.
    expect(find.notes).toHaveLength(t.maxLines - 1);
    expect(find.more).toBe(40 - (t.maxLines - 1));
    const lastNote = find.notes[find.notes.length - 1]!;
    expect(find.moreY).toBe(lastNote.y + t.lineHeight + t.noteGap);
    expect(layout.band.height).toBeLessThanOrEqual(t.maxLines * (t.lineHeight + t.noteGap) + 2 * t.padding);
  });

  it('shows the whole list when the last note just fits, without a "+N more"', () => {
    const exact = Array.from({ length: t.maxLines }, (_, i) => note(`n${i}`, `Pain ${i}`));
    const find = layoutNoteBand('painPoints', new Map([['s-find', exact]]), frame)!.columns[0]!;
    expect(find.notes).toHaveLength(t.maxLines);
    expect(find.more).toBe(0);
  });

  it('cuts one very long note at its line limit with an ellipsis', () => {
    const essay = Array.from({ length: 80 }, () => 'word').join(' ');
    const find = layoutNoteBand('painPoints', new Map([['s-find', [note('a', essay)]]]), frame)!.columns[0]!;
    expect(find.notes[0]!.lines).toHaveLength(t.noteLines);
    expect(find.notes[0]!.lines[t.noteLines - 1]!.endsWith('…')).toBe(true);
  });

  it('keeps one line of height when nothing is listed, and has no band without columns', () => {
    const empty = layoutNoteBand('opportunities', new Map(), frame)!;
    expect(empty.kind).toBe('opportunities');
    expect(empty.columns.every((c) => c.notes.length === 0 && c.more === 0)).toBe(true);
    expect(empty.band.height).toBe(t.lineHeight + 2 * t.padding);
    expect(layoutNoteBand('painPoints', new Map(), { ...frame, columns: [] })).toBeNull();
  });
});
