/** The overlaid emotion curves, against coordinates worked out by hand. */
import { describe, expect, it } from 'vitest';
import {
  CURVE_BAND,
  dotsPath,
  personaCurvesGeometry,
  smoothPath,
  type BandFrame,
} from '../../../shared/layout/personaCurves';
import {
  PERSONA_COLORS_DARK,
  PERSONA_COLORS_LIGHT,
  PERSONA_DASHES,
  personaColor,
  personaDash,
} from '../../../shared/layout/personaColors';
import { orderTouchpointsV2 } from '../../../shared/model/v2';
import { personasBlueprint } from '../report/fixtureJourneys';

// Two stage columns of width 300 (Find at 0, Buy at 316); Use is off this frame, as in a part of a split export.
const frame: BandFrame = {
  columns: [
    { stageId: 's-find', x: 0, width: 300 },
    { stageId: 's-buy', x: 316, width: 300 },
  ],
  top: 500,
  width: 616,
};

describe('personaCurvesGeometry', () => {
  const journey = personasBlueprint();
  const ordered = orderTouchpointsV2(journey);
  const geometry = personaCurvesGeometry(journey.personas, ordered, frame)!;

  it('draws the band a gap under the lanes, a row per emotion level', () => {
    // 4 rows of 36 between +2 and -2, 16 padding above and below.
    expect(geometry.band).toEqual({ x: 0, y: 532, width: 616, height: 176 });
    expect(geometry.yOf(2)).toBe(548);
    expect(geometry.yOf(0)).toBe(620);
    expect(geometry.yOf(-2)).toBe(692);
  });

  it('gives each persona one line through only the touchpoints it rated, at x shared by all', () => {
    // Rated by someone: Find t-ad, t-site (x 75, 225); Buy t-cart, t-pay (x 316 + 75, 316 + 225).
    const line = (id: string) => geometry.curves.find((c) => c.personaId === id)!;
    expect(line('p-ana').points.map((p) => [p.touchpointId, p.x, p.emotion])).toEqual([
      ['t-ad', 75, 1],
      ['t-site', 225, -2],
      ['t-pay', 541, -2],
    ]);
    expect(line('p-ben').points.map((p) => [p.touchpointId, p.x, p.y])).toEqual([
      ['t-ad', 75, 656],
      ['t-cart', 391, 656],
      ['t-pay', 541, 584],
    ]);
    expect(line('p-cy').points).toEqual([]);
    expect(line('p-cy').path).toBe('');
    expect(line('p-ana').path.match(/C /g)).toHaveLength(2);
  });

  it("colours each curve with the persona's colour, else the palette's, and varies the line pattern", () => {
    expect(geometry.curves.map((c) => [c.personaId, c.index, c.color, c.dash])).toEqual([
      ['p-ana', 0, '#0072b2', ''],
      ['p-ben', 1, PERSONA_COLORS_LIGHT[1], '10 6'],
      ['p-cy', 2, PERSONA_COLORS_LIGHT[2], '2 5'],
    ]);
    const dark = personaCurvesGeometry(journey.personas, ordered, frame, { theme: 'dark' })!;
    expect(dark.curves[1]!.color).toBe(PERSONA_COLORS_DARK[1]);
  });

  it('leaves hidden personas out without moving the others', () => {
    const shown = personaCurvesGeometry(journey.personas, ordered, frame, { hidden: new Set(['p-ana']) })!;
    expect(shown.curves.map((c) => c.personaId)).toEqual(['p-ben', 'p-cy']);
    expect(shown.curves[0]).toEqual(geometry.curves[1]);
  });

  it('skips touchpoints of stages outside the frame, and has no band without columns', () => {
    const findOnly = personaCurvesGeometry(journey.personas, ordered, {
      ...frame,
      columns: frame.columns.slice(0, 1),
    })!;
    expect(findOnly.curves[0]!.points.map((p) => p.touchpointId)).toEqual(['t-ad', 't-site']);
    expect(personaCurvesGeometry(journey.personas, ordered, { ...frame, columns: [] })).toBeNull();
  });

  it('is at least the minimum width on a narrow map', () => {
    const narrow = personaCurvesGeometry(journey.personas, ordered, { ...frame, width: 100 })!;
    expect(narrow.band.width).toBe(CURVE_BAND.minWidth);
  });
});

describe('the curve paths', () => {
  it('runs a smooth path through the points and draws many dots as one path', () => {
    expect(smoothPath([])).toBe('');
    expect(smoothPath([{ x: 0, y: 0 }])).toBe('M 0 0');
    // One segment: the controls lie a sixth of the way along (the end points stand in for their missing neighbours).
    expect(
      smoothPath([
        { x: 0, y: 0 },
        { x: 60, y: 30 },
      ]),
    ).toBe('M 0 0 C 10 5, 50 25, 60 30');
    expect(dotsPath([{ x: 10, y: 20 }], 5)).toBe('M 5 20 a 5 5 0 1 0 10 0 a 5 5 0 1 0 -10 0');
    expect(
      dotsPath(
        [
          { x: 0, y: 0 },
          { x: 1, y: 1 },
        ],
        2,
      ).match(/M /g),
    ).toHaveLength(2);
  });
});

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('the path text', () => {
  it('writes each coordinate as String(Math.round(n * 10) / 10) would, negatives and halves included', () => {
    const reference = (points: { x: number; y: number }[]) => {
      const r = (n: number) => String(Math.round(n * 10) / 10);
      let d = `M ${r(points[0]!.x)} ${r(points[0]!.y)}`;
      for (let i = 0; i < points.length - 1; i++) {
        const [p0, p1, p2, p3] = [
          points[i - 1] ?? points[i]!,
          points[i]!,
          points[i + 1]!,
          points[i + 2] ?? points[i + 1]!,
        ];
        d += ` C ${r(p1.x + (p2.x - p0.x) / 6)} ${r(p1.y + (p2.y - p0.y) / 6)}, ${r(p2.x - (p3.x - p1.x) / 6)} ${r(p2.y - (p3.y - p1.y) / 6)}, ${r(p2.x)} ${r(p2.y)}`;
      }
      return d;
    };
    // A fixed pseudo-random walk through fractions, negatives, -0.05 and large values.
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.3) * 200_000;
    const points = Array.from({ length: 500 }, () => ({ x: next(), y: next() / 1000 }));
    points.push({ x: -0.05, y: -0.04 }, { x: 0.05, y: 99999.95 });
    expect(smoothPath(points)).toBe(reference(points));
  });
});

describe('persona colours', () => {
  it('has eight distinct colours per theme, each with 3:1 contrast on its band (WCAG bar for graphics)', () => {
    for (const [palette, bandFill] of [
      [PERSONA_COLORS_LIGHT, '#fcfcfd'],
      [PERSONA_COLORS_DARK, '#202024'],
    ] as const) {
      expect(new Set(palette).size).toBe(8);
      for (const color of palette) expect(contrast(color, bandFill)).toBeGreaterThanOrEqual(3);
    }
  });

  it("takes the persona's own colour first and cycles the palette and the dashes by place", () => {
    expect(personaColor({ color: '#123456' }, 3, 'dark')).toBe('#123456');
    expect(personaColor({}, 0, 'light')).toBe('#4f46e5');
    expect(personaColor({}, 9, 'light')).toBe(PERSONA_COLORS_LIGHT[1]);
    expect(personaDash(0)).toBe('');
    expect(personaDash(PERSONA_DASHES.length + 1)).toBe(PERSONA_DASHES[1]);
  });
});
