import { describe, expect, it } from 'vitest';
import { fitsOverviewTitle } from '../../../../renderer/canvas/overviewTitle';

describe('fitsOverviewTitle', () => {
  it('lets short titles through unclipped', () => {
    for (const title of ['Touchpoint 1', 'Book a room', 'Check in at the front desk', '预订房间', '—', ''])
      expect(fitsOverviewTitle(title), title).toBe(true);
  });

  it('keeps the clamp for a title that may need more than three lines', () => {
    expect(fitsOverviewTitle('Compare the prices of three hotels on a phone while commuting home')).toBe(false);
    expect(fitsOverviewTitle('在手机上比较三家酒店的价格然后在回家的路上预订房间')).toBe(false);
  });

  it('counts a word too long for a line as the lines it breaks into', () => {
    expect(fitsOverviewTitle('Supercalifragilisticexpialidocious-internationalisation-requirements')).toBe(false);
  });

  it('errs wide: twelve capital Ws per line would not fit three lines', () => {
    expect(fitsOverviewTitle('WWWWWWWWWWWW WWWWWWWWWWWW WWWWWWWWWWWW')).toBe(false);
  });
});
