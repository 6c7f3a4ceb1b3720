/**
 * Property of `journey-studio diff`: a journey compared with itself (or with its own file
 * loaded again) has no changes, for generated version 2 journeys and migrated version 1 ones;
 * rendering never throws, and the text format keeps one line per change whatever the files hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeJourneyV1 } from '../../../shared/model';
import { loadJourneyTextV2, serializeJourneyV2 } from '../../../shared/model/v2';
import { DIFF_FORMATS, diffJourneys, renderDiff } from '../../../shared/versions';
import { journeyArbitrary } from './journeyArbitraries';
import { journeyV2Arbitrary } from './journeyV2Arbitraries';

const SEED = 0x646966;
const RUNS = 300;
const labels = { oldLabel: 'a', newLabel: 'b' };

describe('the diff of a journey with itself', { timeout: 60_000 }, () => {
  it(`is empty for ${RUNS} generated version 2 journeys, also against the same file loaded again`, () => {
    fc.assert(
      fc.property(journeyV2Arbitrary(), (journey) => {
        const reloaded = loadJourneyTextV2(serializeJourneyV2(journey));
        if (!reloaded.ok) throw new Error('a generated journey did not load');
        for (const other of [journey, structuredClone(journey), reloaded.journey]) {
          const diff = diffJourneys(journey, other);
          expect(diff.changes).toEqual([]);
          expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0 });
          for (const format of DIFF_FORMATS) renderDiff(diff, journey, other, format, labels);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`is empty for ${RUNS} version 1 journeys migrated twice`, () => {
    let compared = 0;
    fc.assert(
      fc.property(journeyArbitrary(), (v1) => {
        const text = serializeJourneyV1(v1);
        const [a, b] = [loadJourneyTextV2(text), loadJourneyTextV2(text)];
        if (!a.ok || !b.ok) return; // files the migration refuses (tested in migrationV2.test.ts)
        expect(diffJourneys(a.journey, b.journey).changes).toEqual([]);
        compared++;
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
    expect(compared).toBeGreaterThan(RUNS / 2);
  });

  it('between two different generated journeys renders in every format, one text line per change', () => {
    fc.assert(
      fc.property(journeyV2Arbitrary(), journeyV2Arbitrary(), (a, b) => {
        const diff = diffJourneys(a, b);
        const ops = diff.changes.map((c) => c.op);
        expect(diff.summary).toEqual({
          added: ops.filter((op) => op === 'added').length,
          removed: ops.filter((op) => op === 'removed').length,
          changed: ops.filter((op) => op === 'changed').length,
        });
        for (const format of DIFF_FORMATS) renderDiff(diff, a, b, format, labels);
        const text = renderDiff(diff, a, b, 'text', labels);
        // Heading (2 lines), a line per change, the summary: no text from a file breaks a line.
        if (diff.changes.length > 0) expect(text.split('\n')).toHaveLength(diff.changes.length + 4);
      }),
      { seed: SEED + 3, numRuns: 200 },
    );
  });

  it('is not empty after any one field of a generated journey changes (the property can fail)', () => {
    fc.assert(
      fc.property(journeyV2Arbitrary(), (journey) => {
        const changed = { ...structuredClone(journey), title: `${journey.title}!` };
        expect(diffJourneys(journey, changed).changes).toEqual([
          {
            op: 'changed',
            entity: 'journey',
            id: journey.id,
            field: 'title',
            before: journey.title,
            after: changed.title,
          },
        ]);
      }),
      { seed: SEED + 2, numRuns: 50 },
    );
  });
});
