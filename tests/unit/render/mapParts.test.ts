/** A wide map split between whole stages: as few parts as fit, evened out, each a map of its own. */
import { describe, expect, it } from 'vitest';
import { SIZES } from '../../../shared/layout/tokens';
import { MAP_MARGIN, MAX_MAP_PARTS, renderJourneySvg, renderMapParts, splitStages } from '../../../shared/render';
import { findTemplate } from '../../../shared/templates';
import { generateJourney } from '../../bench/generateJourney';

const width = (lanes: number[]) =>
  lanes.reduce((a, b) => a + b, 0) + (lanes.length - 1) * SIZES.laneGap + 2 * MAP_MARGIN;

describe('splitStages', () => {
  it('keeps a map that fits in one part, and has no parts without stages', () => {
    expect(splitStages([280, 280, 280], 10_000)).toEqual([{ first: 0, last: 2 }]);
    expect(splitStages([], 1000)).toEqual([]);
  });

  it('uses as few parts as fit, then makes the widest as narrow as that many parts allow', () => {
    // Seven lanes with room for five a part: two parts, four and three lanes, not five and two.
    const lanes = [280, 280, 280, 280, 280, 280, 280];
    const parts = splitStages(lanes, width([280, 280, 280, 280, 280]));
    expect(parts).toEqual([
      { first: 0, last: 3 },
      { first: 4, last: 6 },
    ]);
    // Uneven lanes: [280 536 280] [536 280 536] is the best two-part split of the restaurant's six.
    expect(splitStages([280, 536, 280, 536, 280, 536], 2000)).toEqual([
      { first: 0, last: 2 },
      { first: 3, last: 5 },
    ]);
  });

  it('gives a stage wider than the limit a part of its own', () => {
    expect(splitStages([280, 5000, 280], 1000)).toEqual([
      { first: 0, last: 0 },
      { first: 1, last: 1 },
      { first: 2, last: 2 },
    ]);
  });
});

describe('renderMapParts', () => {
  const journey = findTemplate('restaurant')!.build({ lang: 'en' });

  it('draws each part with only its stages, numbered as in the whole map, flows to other parts as stubs', () => {
    const parts = renderMapParts(journey, 1500, {});
    expect(parts.map((p) => p.stages)).toEqual([
      { first: 0, last: 2 },
      { first: 3, last: 5 },
    ]);
    const [first, second] = parts.map((p) => p.map.svg);
    expect(first).toContain('>Discover</text>');
    expect(first).not.toContain('>Order and eat</text>');
    expect(second).toContain('>Order and eat</text>');
    expect(second).toContain('>4</text>');
    expect(first).toContain('A friend raves about the');
    expect(second).not.toContain('A friend raves about the');
    // No title block: the page or document around a part names the journey.
    expect(first).not.toContain('font-size="24"');
    // Ids stay apart when parts share one page.
    expect(first).toContain('id="jsmap-1-arrow"');
    expect(second).toContain('id="jsmap-2-arrow"');
    // The flow from Arrive to Order and eat leaves part 1 at its right edge and enters part 2 at its left.
    const arrowsIn = (svg: string) => (svg.match(/marker-end=/g) ?? []).length;
    const whole = renderJourneySvg(journey);
    expect(arrowsIn(first!) + arrowsIn(second!)).toBeGreaterThan(arrowsIn(whole.svg));
  });

  it('draws a map too wide for the limit whole when it would need more than the most parts', () => {
    const huge = generateJourney(MAX_MAP_PARTS * 10, 1);
    expect(renderMapParts(huge, 600, {})).toHaveLength(1);
  });
});
