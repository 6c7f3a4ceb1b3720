/**
 * Properties of the three-way merge over generated version 2 journeys and random valid edits
 * on each side (journeyEdits.ts): one side unchanged gives the other side exactly; both sides
 * making the same edits gives them without a conflict; and whatever the two sides did, the
 * merge is a valid journey without falling back to ours.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeJourneyV2, validateJourneyV2 } from '../../../shared/model/v2';
import { diffJourneys, mergeJourneys } from '../../../shared/versions';
import { journeyV2Arbitrary } from '../fuzz/journeyV2Arbitraries';
import { editArbitrary, editedCopy } from './journeyEdits';

const SEED = 0x6d7267;
const RUNS = 300;
const edits = fc.array(editArbitrary, { maxLength: 12 });
/** A base journey and the two sides' edits of it. */
const versions = fc.tuple(journeyV2Arbitrary(), edits, edits).map(([base, ours, theirs]) => ({
  base,
  ours: editedCopy(base, ours, 'ours'),
  theirs: editedCopy(base, theirs, 'theirs'),
}));

const problemsOf = (journey: unknown) => {
  const valid = validateJourneyV2(journey);
  return valid.ok ? [] : valid.problems;
};

describe('the three-way merge', { timeout: 120_000 }, () => {
  it('the edit generator keeps both sides valid (so the properties below test the merge)', () => {
    fc.assert(
      fc.property(versions, ({ ours, theirs }) => {
        expect(problemsOf(ours)).toEqual([]);
        expect(problemsOf(theirs)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('merge(base, ours, base) is ours, to the byte, with no conflicts', () => {
    fc.assert(
      fc.property(versions, ({ base, ours }) => {
        const merged = mergeJourneys(base, ours, base);
        expect(merged.conflicts).toEqual([]);
        expect(merged.resolutions).toEqual([]);
        expect(serializeJourneyV2(merged.journey)).toBe(serializeJourneyV2(ours));
        expect(diffJourneys(merged.journey, ours).changes).toEqual([]);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  it('merge(base, base, theirs) is theirs, with no conflicts', () => {
    fc.assert(
      fc.property(versions, ({ base, theirs }) => {
        const merged = mergeJourneys(base, base, theirs);
        expect(merged.conflicts).toEqual([]);
        expect(merged.resolutions).toEqual([]);
        expect(merged.journey).toEqual(theirs);
        expect(diffJourneys(merged.journey, theirs).changes).toEqual([]);
      }),
      { seed: SEED + 2, numRuns: RUNS },
    );
  });

  it('merge(base, side, side) is that side, with no conflicts', () => {
    fc.assert(
      fc.property(versions, ({ base, ours }) => {
        const merged = mergeJourneys(base, ours, structuredClone(ours));
        expect(merged.conflicts).toEqual([]);
        expect(serializeJourneyV2(merged.journey)).toBe(serializeJourneyV2(ours));
      }),
      { seed: SEED + 3, numRuns: RUNS },
    );
  });

  it('is clean when the sides edit different cards and fields, and keeps every edit of both', () => {
    fc.assert(
      fc.property(journeyV2Arbitrary(), (base) => {
        const ours = structuredClone(base);
        const theirs = structuredClone(base);
        ours.touchpoints.forEach((tp, i) => {
          if (i % 2 === 0) tp.title = `${tp.title} (ours)`;
        });
        theirs.touchpoints.forEach((tp, i) => {
          if (i % 2 === 1) tp.momentOfTruth = !tp.momentOfTruth;
          for (const pain of tp.painPoints) pain.severity = (pain.severity % 5) + 1;
        });
        ours.stages.forEach((s) => (s.name = `${s.name}!`));
        theirs.stages.reverse();
        theirs.title = `${base.title} (theirs)`;
        const merged = mergeJourneys(base, ours, theirs);
        expect(merged.conflicts).toEqual([]);
        expect(merged.resolutions).toEqual([]);
        const j = merged.journey;
        expect(j.title).toBe(theirs.title);
        expect(j.stages.map((s) => s.id)).toEqual(theirs.stages.map((s) => s.id));
        expect(j.stages.map((s) => s.name)).toEqual(theirs.stages.map((s) => `${s.name}!`));
        expect(j.touchpoints).toEqual(
          base.touchpoints.map((tp, i) => ({
            ...theirs.touchpoints[i],
            title: ours.touchpoints[i]!.title,
          })),
        );
      }),
      { seed: SEED + 5, numRuns: RUNS },
    );
  });

  it('never outputs an invalid journey and never falls back to ours, over random edit pairs', () => {
    let withConflicts = 0;
    let withResolutions = 0;
    fc.assert(
      fc.property(versions, ({ base, ours, theirs }) => {
        const merged = mergeJourneys(base, ours, theirs);
        expect(merged.fallback).toBeUndefined();
        expect(problemsOf(merged.journey)).toEqual([]);
        if (merged.conflicts.length > 0) withConflicts++;
        if (merged.resolutions.length > 0) withResolutions++;
      }),
      { seed: SEED + 4, numRuns: 1000 },
    );
    // The edits do collide, so the repairs and conflicts are exercised, not just clean merges.
    expect(withConflicts).toBeGreaterThan(50);
    expect(withResolutions).toBeGreaterThan(20);
  });
});
