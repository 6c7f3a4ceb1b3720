/**
 * The indexed routing (cardIndex.ts) against the linear scan it replaced (reference/): the same
 * cards found in the same order, and exactly the same routes and label positions, on realistic
 * maps of 100 to 3,000 cards and on random rect sets with overlaps, zero sizes and negative
 * coordinates.
 */
import { describe, expect, it } from 'vitest';
import { layoutMap, type Rect } from '../../../shared/layout/mapLayout';
import { SIZES } from '../../../shared/layout/tokens';
import { cardsOverlappingBox, cardsOverlappingX } from '../../../shared/render/cardIndex';
import { flowRoute } from '../../../shared/render/connectionPath';
import { placeFlowLabel } from '../../../shared/render/flowLabel';
import { freeRow, routeAroundCards } from '../../../shared/render/flowRoute';
import { generateJourney } from '../../bench/generateJourney';
import { linearPlaceFlowLabel } from './reference/linearFlowLabel';
import { linearFlowRoute, linearFreeRow, linearRouteAroundCards } from './reference/linearFlowRoute';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomRects(random: () => number, count: number): Rect[] {
  const pick = () => random();
  return Array.from({ length: count }, () => {
    const kind = pick();
    const size = (max: number) => (kind < 0.1 ? 0 : Math.round(pick() * max));
    return {
      x: Math.round(pick() * 4000 - 1500) + (pick() < 0.2 ? 0.5 : 0),
      y: Math.round(pick() * 3000 - 1000),
      width: kind > 0.97 ? 2500 : size(300),
      height: size(200),
    };
  });
}

function mapRects(count: number): { cards: Rect[]; obstacles: Rect[]; flows: [Rect, Rect][] } {
  const journey = generateJourney(count);
  const layout = layoutMap(journey);
  const cards = [...layout.cards.values()];
  const headers = layout.lanes.map((lane) => ({ ...lane, height: SIZES.laneHeaderHeight }));
  const flows = journey.connections.map((c) => [layout.cards.get(c.from)!, layout.cards.get(c.to)!] as [Rect, Rect]);
  return { cards, obstacles: [...cards, ...headers], flows };
}

function randomFlows(random: () => number, cards: readonly Rect[], count: number): [Rect, Rect][] {
  const any = () => cards[Math.floor(random() * cards.length)]!;
  return Array.from({ length: count }, () => [any(), any()]);
}

/** Every flow routed, and labelled, both ways: the results must be identical. */
function expectSameRouting(
  cards: readonly Rect[],
  obstacles: readonly Rect[],
  flows: [Rect, Rect][],
  random: () => number,
) {
  let detours = 0;
  let slidLabels = 0;
  for (const [from, to] of flows) {
    const indexed = flowRoute(from, to, cards);
    const linear = linearFlowRoute(from, to, cards);
    expect(indexed).toEqual(linear);
    if (indexed.points.length > 4 || indexed.points[1]!.x !== (indexed.points[0]!.x + indexed.points[3]!.x) / 2)
      detours++;
    const size = { width: 40 + Math.round(random() * 120), height: 18 };
    const label = placeFlowLabel(indexed.points, indexed.labelAt, size, obstacles);
    expect(label).toEqual(linearPlaceFlowLabel(linear.points, linear.labelAt, size, obstacles));
    if (label.x !== indexed.labelAt.x || label.y !== indexed.labelAt.y) slidLabels++;
  }
  return { detours, slidLabels };
}

describe('cardIndex', () => {
  it('finds the cards a filter finds, in the array order, for random rects and ranges', () => {
    const random = seeded(7);
    for (let round = 0; round < 30; round++) {
      const cards = randomRects(random, 10 + Math.floor(random() * 400));
      for (let q = 0; q < 60; q++) {
        const a = Math.round(random() * 5000 - 2000);
        const b = a + Math.round(random() * 1500) - 100;
        const top = Math.round(random() * 3000 - 1000);
        const bottom = top + Math.round(random() * 800);
        expect(cardsOverlappingX(cards, a, b)).toEqual(cards.filter((c) => c.x < b && c.x + c.width > a));
        const inBox = cards.filter((c) => c.x < b && c.x + c.width > a && c.y < bottom && c.y + c.height > top);
        const found = cardsOverlappingBox(cards, a, b, top, bottom);
        expect(found.length).toBe(inBox.length);
        found.forEach((c, i) => expect(c).toBe(inBox[i]));
      }
    }
  });

  it('leaves out rects with NaN edges and handles infinite and NaN ranges as the filter does', () => {
    const cards = randomRects(seeded(3), 100);
    cards.push({ x: NaN, y: 0, width: 10, height: 10 }, { x: -Infinity, y: 0, width: Infinity, height: 10 });
    cards.push({ x: -Infinity, y: 0, width: 10, height: 10 }, { x: 0, y: 0, width: Infinity, height: 10 });
    for (const [a, b] of [
      [-Infinity, Infinity],
      [NaN, 100],
      [0, NaN],
      [-Infinity, 0],
      [100, Infinity],
      [300, 300],
    ] as const)
      expect(cardsOverlappingX(cards, a, b)).toEqual(cards.filter((c) => c.x < b && c.x + c.width > a));
  });

  it('rebuilds when the same array grows', () => {
    const cards = randomRects(seeded(11), 200);
    expect(cardsOverlappingX(cards, -5000, 5000)).toHaveLength(cards.filter((c) => c.x + c.width > -5000).length);
    cards.push({ x: 10, y: 10, width: 10, height: 10 });
    expect(cardsOverlappingX(cards, 5, 15)).toEqual(cards.filter((c) => c.x < 15 && c.x + c.width > 5));
  });
});

describe('indexed routing is exactly the linear routing', () => {
  for (const count of [100, 1000, 3000]) {
    it(`on the generated ${count}-card map: its flows and random ones, forward and back`, () => {
      const random = seeded(count);
      const { cards, obstacles, flows } = mapRects(count);
      const all = [...flows, ...randomFlows(random, cards, count === 3000 ? 100 : 400)];
      const seen = expectSameRouting(cards, obstacles, all, random);
      // The maps exercise the detours and the label slides, not only straight flows.
      expect(seen.detours).toBeGreaterThan(0);
      expect(seen.slidLabels).toBeGreaterThan(0);
    });
  }

  it('on random rect sets with overlaps, zero sizes, wide rects and negative coordinates', () => {
    const random = seeded(42);
    for (let round = 0; round < 25; round++) {
      const cards = randomRects(random, 20 + Math.floor(random() * 300));
      expectSameRouting(cards, cards, randomFlows(random, cards, 80), random);
    }
  });

  it('freeRow and routeAroundCards directly, on random points and bands', () => {
    const random = seeded(5);
    for (let round = 0; round < 20; round++) {
      const cards = randomRects(random, 60 + Math.floor(random() * 300));
      for (let q = 0; q < 80; q++) {
        const s = { x: Math.round(random() * 4000 - 1500), y: Math.round(random() * 3000 - 1000) };
        const t = { x: s.x + Math.round(random() * 2500), y: Math.round(random() * 3000 - 1000) };
        expect(routeAroundCards(s, t, cards)).toEqual(linearRouteAroundCards(s, t, cards));
        const [left, right] = [Math.min(s.x, t.x), Math.max(s.x, t.x)];
        const [top, bottom] = [Math.min(s.y, t.y), Math.max(s.y, t.y)];
        expect(freeRow(cards, left, right, top, bottom, s.y)).toBe(linearFreeRow(cards, left, right, top, bottom, s.y));
      }
    }
  });
});
