import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, isFilterActive, matchesFilter } from '../../../shared/query/touchpointFilter';
import { loadJourneyText } from '../../../shared/model';
import { VALID_SAMPLE, readFixture } from '../../helpers/fixtures';

const r = loadJourneyText(readFixture(VALID_SAMPLE));
if (!r.ok) throw new Error('sample');
const tps = r.journey.touchpoints;
const ids = (f: Partial<typeof EMPTY_FILTER>) =>
  tps.filter((t) => matchesFilter(t, { ...EMPTY_FILTER, ...f })).map((t) => t.id);

describe('matchesFilter', () => {
  it('matches everything when empty', () => {
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(ids({})).toEqual(['tp-ad', 'tp-order', 'tp-pickup']);
  });
  it('filters by channel, tier, severity, moments of truth', () => {
    expect(ids({ channels: ['mobile-app'] })).toEqual(['tp-order']);
    expect(ids({ tiers: ['delight', 'utility'] })).toEqual(['tp-ad', 'tp-pickup']);
    expect(ids({ minSeverity: 4 })).toEqual(['tp-pickup']);
    expect(ids({ minSeverity: 2 })).toEqual(['tp-ad', 'tp-pickup']);
    expect(ids({ momentsOfTruthOnly: true })).toEqual(['tp-order']);
  });
  it('searches titles, pain points, evidence, opportunities and notes, case-insensitively', () => {
    expect(ids({ text: 'NOT READY' })).toEqual(['tp-pickup']);
    expect(ids({ text: 'favourite' })).toEqual(['tp-order']);
    expect(ids({ text: 'barista' })).toEqual(['tp-pickup']);
    expect(ids({ text: 'survey' })).toEqual(['tp-pickup']);
    expect(ids({ text: 'zzz' })).toEqual([]);
  });
});
