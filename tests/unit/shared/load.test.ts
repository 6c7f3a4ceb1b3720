import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadJourneyText, serializeJourney } from '../../../shared/model';
import { BROKEN_DIR, VALID_SAMPLE, readFixture } from '../../helpers/fixtures';

describe('loadJourneyText', () => {
  it('loads the valid sample and keeps unknown fields at every level', () => {
    const result = loadJourneyText(readFixture(VALID_SAMPLE));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.journey.touchpoints).toHaveLength(3);
    expect((result.journey as Record<string, unknown>)['x-app-notes']).toBe('unknown top-level field, preserved');
    expect((result.journey.touchpoints[2] as Record<string, unknown>)['x-custom']).toEqual({ kept: true });
  });

  it('round-trips the sample byte for byte once serialized', () => {
    const first = loadJourneyText(readFixture(VALID_SAMPLE));
    if (!first.ok) throw new Error('sample must load');
    const once = serializeJourney(first.journey);
    const second = loadJourneyText(once);
    if (!second.ok) throw new Error('serialized sample must load');
    expect(serializeJourney(second.journey)).toBe(once);
  });

  it('never lets a __proto__ key reach a prototype', () => {
    loadJourneyText(readFixture(join(BROKEN_DIR, 'proto-key.journey')));
    loadJourneyText(readFixture(join(BROKEN_DIR, 'constructor-key.journey')));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(loadJourneyText(`\ufeff${readFixture(VALID_SAMPLE)}`).ok).toBe(true);
  });

  it('lists every problem, not just the first', () => {
    const result = loadJourneyText(readFixture(join(BROKEN_DIR, 'out-of-range.journey')));
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'touchpoints[0].emotion',
      'touchpoints[0].painPoints[0].severity',
      'touchpoints[1].tier',
      'touchpoints[2].opportunities[0].impact',
      'touchpoints[2].opportunities[0].effort',
      'touchpoints[2].opportunities[0].status',
    ]);
  });
});
