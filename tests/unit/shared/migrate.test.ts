import { describe, expect, it } from 'vitest';
import { loadJourneyText, migrateToV1 as migrate, validateJourneyV1 as validateJourney } from '../../../shared/model';

/** The synthetic pre-release shape (version 0): touchpoints nested in stages, pains as strings. */
const v0 = {
  format: 'journey-studio',
  version: 0,
  id: 'old-1',
  name: 'Old journey',
  created: '2025-03-01T10:00:00.000Z',
  owner: 'kept as an unknown field',
  stages: [
    {
      id: 's1',
      name: 'Browse',
      touchpoints: [{ id: 't1', title: 'Home page', channel: 'website', emotion: 1, pains: ['Slow', 'Cluttered'] }],
    },
    { id: 's2', name: 'Buy', touchpoints: [{ id: 't2', title: 'Checkout', channel: 'website', tier: 'usability' }] },
  ],
};

describe('migrate to version 1', () => {
  it('upgrades version 0 to a valid version 1 document', () => {
    const result = migrate(v0);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    const valid = validateJourney(result.value);
    expect(valid.ok ? [] : valid.problems).toEqual([]);
    if (!valid.ok) return;
    const j = valid.journey;
    expect(j.title).toBe('Old journey');
    expect(j.stages.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(j.touchpoints.map((t) => [t.id, t.stageId, t.tier])).toEqual([
      ['t1', 's1', 'utility'],
      ['t2', 's2', 'usability'],
    ]);
    expect(j.touchpoints[0]!.painPoints.map((p) => p.text)).toEqual(['Slow', 'Cluttered']);
    expect((j as Record<string, unknown>).owner).toBe('kept as an unknown field');
    expect(j.createdAt).toBe('2025-03-01T10:00:00.000Z');
  });

  it('leaves a current document alone', () => {
    const doc = { format: 'journey-studio', version: 1, anything: true };
    const result = migrate(doc);
    expect(result).toEqual({ ok: true, value: doc });
  });

  it('refuses newer and nonsensical versions', () => {
    expect(migrate({ format: 'journey-studio', version: 2 })).toMatchObject({
      ok: false,
      problems: [{ path: 'version' }],
    });
    expect(migrate({ format: 'journey-studio', version: -1 })).toMatchObject({ ok: false });
    expect(migrate({ format: 'journey-studio', version: '1' })).toMatchObject({ ok: false });
  });

  it('loads a version 0 file through loadJourneyText', () => {
    const result = loadJourneyText(JSON.stringify(v0));
    expect(result).toMatchObject({ ok: true, migratedFrom: 0 });
    // The app's loader takes it on to version 2.
    expect(result.ok && result.journey.version).toBe(2);
  });
});
