import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadJourneyText } from '../../../../shared/model';
import { loadJourneyTextV2, serializeJourneyV2, upgradeToV2 } from '../../../../shared/model/v2';
import {
  BROKEN_DIR,
  MIGRATION_DIR,
  VALID_SAMPLE,
  VALID_V2_SAMPLE,
  brokenFixtures,
  readFixture,
} from '../../../helpers/fixtures';

describe('loadJourneyTextV2', () => {
  it('loads a version 2 file as it is, unknown fields kept, with no notes', () => {
    const result = loadJourneyTextV2(readFixture(VALID_V2_SAMPLE));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.migratedFrom).toBeUndefined();
    expect(result.notes).toEqual([]);
    expect(result.journey.lanes.map((l) => l.kind)).toEqual([
      'actions',
      'touchpoints',
      'frontstage',
      'backstage',
      'support',
      'evidence',
    ]);
    const unknown = result.journey as Record<string, unknown>;
    expect(unknown['x-app-notes']).toBe('unknown top-level field, preserved');
    expect((result.journey.lanes[3] as Record<string, unknown>)['x-owner']).toBe('practice manager');
    expect((result.journey.steps[3] as Record<string, unknown>)['x-vendor']).toBe('DentDiary');
  });

  it('round-trips a version 2 file byte for byte once serialized', () => {
    const first = loadJourneyTextV2(readFixture(VALID_V2_SAMPLE));
    if (!first.ok) throw new Error('the sample must load');
    const once = serializeJourneyV2(first.journey);
    const second = loadJourneyTextV2(once);
    expect(second.ok && serializeJourneyV2(second.journey)).toBe(once);
  });

  it('migrates a version 1 file and says so', () => {
    const result = loadJourneyTextV2(readFixture(VALID_SAMPLE));
    expect(result).toMatchObject({ ok: true, migratedFrom: 1, notes: [] });
    const loops = loadJourneyTextV2(readFixture(join(MIGRATION_DIR, 'loops-and-repeats.v1.journey')));
    expect(loops.ok && loops.notes.map((n) => n.path)).toEqual([
      'touchpoints[0].title',
      'touchpoints[0].position',
      'connections[1]',
      'connections[3]',
    ]);
  });

  it('is idempotent: loading what it saved changes nothing and notes nothing', () => {
    const first = loadJourneyTextV2(readFixture(join(MIGRATION_DIR, 'loops-and-repeats.v1.journey')));
    if (!first.ok) throw new Error('must load');
    const text = serializeJourneyV2(first.journey);
    const again = loadJourneyTextV2(text);
    expect(again).toMatchObject({ ok: true, notes: [] });
    expect(again.ok && again.migratedFrom).toBeUndefined();
    expect(again.ok && serializeJourneyV2(again.journey)).toBe(text);
  });

  it('refuses a version newer than 2, and a bad envelope, as version 1 does', () => {
    const newer = upgradeToV2({ format: 'journey-studio', version: 3 });
    expect(newer.ok ? [] : newer.problems.map(formatProblem)).toEqual([
      'version: this file was saved by a newer Journey Studio (format version 3); this version reads files up to version 2. Update Journey Studio to open it.',
    ]);
    expect(upgradeToV2([])).toMatchObject({ ok: false, problems: [{ path: '' }] });
    expect(upgradeToV2({ format: 'other', version: 2 })).toMatchObject({ ok: false, problems: [{ path: 'format' }] });
    expect(upgradeToV2({ format: 'journey-studio', version: 1.5 })).toMatchObject({
      ok: false,
      problems: [{ path: 'version' }],
    });
  });

  it('refuses every version 1 broken file with exactly the problems the version 1 loader gives', () => {
    for (const name of brokenFixtures()) {
      const text = readFixture(join(BROKEN_DIR, name));
      const v1 = loadJourneyText(text);
      const v2 = loadJourneyTextV2(text);
      expect(v1.ok, name).toBe(false);
      if (name === 'newer-version.journey') {
        expect(v2.ok ? [] : v2.problems.map(formatProblem), name).toEqual([
          'version: this file was saved by a newer Journey Studio (format version 7); this version reads files up to version 2. Update Journey Studio to open it.',
        ]);
      } else expect(v2, name).toEqual(v1);
    }
  });

  it('lists the problems of a version 1 file at their places in that file, not in its migration', () => {
    const text = readFixture(join(BROKEN_DIR, 'out-of-range.journey'));
    const result = loadJourneyTextV2(text);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toContain('touchpoints[0].emotion');
  });
});
