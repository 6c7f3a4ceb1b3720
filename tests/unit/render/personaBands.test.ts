/** The overlaid curves and the note bands as drawn into exports. */
import { describe, expect, it } from 'vitest';
import { layoutNoteBand, painPointsByStage } from '../../../shared/layout/noteBands';
import type { BandFrame } from '../../../shared/layout/personaCurves';
import { PERSONA_COLORS_LIGHT } from '../../../shared/layout/personaColors';
import { orderTouchpointsV2, type JourneyV2 } from '../../../shared/model/v2';
import { createRenderContext } from '../../../shared/render/context';
import { DEFAULT_MAP_LABELS } from '../../../shared/render/labels';
import { moreNotesText, noteBandSvg } from '../../../shared/render/noteBandSvg';
import { personaCurvesSvg } from '../../../shared/render/personaCurvesSvg';
import { renderMapParts } from '../../../shared/render/mapParts';
import { renderJourneySvg } from '../../../shared/render/renderJourneySvg';
import { personasBlueprint } from '../report/fixtureJourneys';

const frame: BandFrame = {
  columns: [
    { stageId: 's-find', x: 0, width: 300 },
    { stageId: 's-buy', x: 316, width: 300 },
    { stageId: 's-use', x: 632, width: 300 },
  ],
  top: 400,
  width: 932,
};
const ctxOf = (journey: JourneyV2) => createRenderContext(journey, 'light', DEFAULT_MAP_LABELS, 'jsmap');
const count = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0;

describe('personaCurvesSvg', () => {
  const journey = personasBlueprint();

  it('draws one line per persona that rated something, in its colour and pattern, and a key naming them', () => {
    const { svg, bottom } = personaCurvesSvg(journey, frame, 24, 100, ctxOf(journey))!;
    // Ana's own colour, solid; Ben's palette colour, dashed; Cy rated nothing: no line.
    expect(svg).toContain('stroke="#0072b2" stroke-width="3"/>');
    expect(svg).toContain(`stroke="${PERSONA_COLORS_LIGHT[1]}" stroke-width="3" stroke-dasharray="10 6"/>`);
    expect(count(svg, /<path d="M [^"]*" transform/g)).toBe(2);
    // Dots in the personas' colours: Ana 3, Ben 3.
    expect(count(svg, /<circle cx="[^"]*" cy="[^"]*" r="7" fill="#0072b2"/g)).toBe(3);
    expect(count(svg, new RegExp(`r="7" fill="${PERSONA_COLORS_LIGHT[1]}"`, 'g'))).toBe(3);
    for (const name of ['Ana', 'Ben', 'Cy']) expect(svg).toContain(`>${name}</text>`);
    // Band: y 100 + 400 + 32 gap, 176 high.
    expect(bottom).toBe(708);
  });

  it('with one persona looks like the single curve: dots coloured by emotion, no key', () => {
    const one = { ...journey, personas: journey.personas.slice(0, 1) };
    const { svg } = personaCurvesSvg(one, frame, 0, 0, ctxOf(one))!;
    expect(svg).not.toContain('>Ana</text>');
    // t-ad +1 (green), t-site and t-pay -2 (red).
    expect(count(svg, /r="7" fill="#22c55e"/g)).toBe(1);
    expect(count(svg, /r="7" fill="#dc2626"/g)).toBe(2);
  });

  it('leaves hidden personas out and escapes names', () => {
    const hostile = {
      ...journey,
      personas: journey.personas.map((p, i) => (i === 1 ? { ...p, name: '<script>alert(1)</script>' } : p)),
    };
    const { svg } = personaCurvesSvg(hostile, frame, 0, 0, ctxOf(hostile), { hidden: new Set(['p-ana']) })!;
    expect(svg).not.toContain('#0072b2');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('draws a curve of many points with one path of dots per colour', () => {
    const tp = journey.touchpoints[0]!;
    const many: JourneyV2 = {
      ...journey,
      touchpoints: Array.from({ length: 400 }, (_, i) => ({
        ...tp,
        id: `tp-${i}`,
        painPoints: [],
        opportunities: [],
        emotions: { 'p-ana': (i % 5) - 2, 'p-ben': 0 },
        position: { x: 24, y: i },
      })),
      connections: [],
    };
    const { svg } = personaCurvesSvg(many, frame, 0, 0, ctxOf(many))!;
    expect(count(svg, /<circle [^>]*r="7"/g)).toBe(0);
    // Ana's and Ben's dots: one path each.
    expect(count(svg, /<path d="M [^"]* a 7 7 /g)).toBe(2);
  });

  it('has no band without stage columns', () => {
    expect(personaCurvesSvg(journey, { ...frame, columns: [] }, 0, 0, ctxOf(journey))).toBeNull();
  });
});

describe('noteBandSvg', () => {
  const journey = personasBlueprint();
  const ordered = orderTouchpointsV2(journey);

  it("lists each stage's pain points after a dot in the severity's colour, under the band's title", () => {
    const layout = layoutNoteBand('painPoints', painPointsByStage(ordered), frame)!;
    const { svg, bottom } = noteBandSvg(layout, 24, 100, ctxOf(journey));
    expect(svg).toContain('>Pain points</text>');
    for (const text of ['Product page 404', 'Ad plays sound', 'Cart emptied on login', 'Card declined twice']) {
      expect(svg).toContain(`>${text}</text>`);
    }
    // Severity 5 twice (#7f1d1d), 4 twice (#dc2626), 2 once (#eab308).
    expect(count(svg, /r="4" fill="#7f1d1d"/g)).toBe(2);
    expect(count(svg, /r="4" fill="#dc2626"/g)).toBe(2);
    expect(count(svg, /r="4" fill="#eab308"/g)).toBe(1);
    // Most severe first: pp-404 above pp-loud.
    expect(svg.indexOf('Product page 404')).toBeLessThan(svg.indexOf('Ad plays sound'));
    expect(bottom).toBe(100 + layout.band.y + layout.band.height);
  });

  it('ends a cut list with "+N more" in the language given, and escapes the texts', () => {
    const notes = Array.from({ length: 20 }, (_, i) => ({
      id: `n${i}`,
      touchpointId: 't',
      text: `<b>${i}</b>`,
      weight: 3,
    }));
    const layout = layoutNoteBand('opportunities', new Map([['s-find', notes]]), frame)!;
    const ctx = ctxOf(journey);
    const { svg } = noteBandSvg(layout, 0, 0, { ...ctx, labels: { ...ctx.labels, moreNotes: '还有 {n} 条' } });
    expect(svg).toContain('>Opportunities</text>');
    expect(svg).toContain('>还有 7 条</text>');
    expect(svg).not.toContain('<b>');
    expect(moreNotesText(DEFAULT_MAP_LABELS.moreNotes, 3)).toBe('+3 more');
  });
});

describe('renderJourneySvg with the bands', () => {
  const journey = personasBlueprint();

  it('draws the pain-point and opportunity bands under the curves only when asked, and grows to hold them', () => {
    const plain = renderJourneySvg(journey);
    expect(plain.svg).not.toContain('Card declined twice');
    expect(plain.svg).not.toContain('>Pain points</text>');
    const banded = renderJourneySvg(journey, { layers: { painPoints: true, opportunities: true } });
    expect(banded.svg).toContain('>Card declined twice</text>');
    expect(banded.svg).toContain('>Offer invoice</text>');
    // Curves, then pain points, then opportunities, top to bottom.
    const at = (text: string) => banded.svg.indexOf(text);
    expect(at('>Emotion curve</text>')).toBeLessThan(at('>Pain points</text>'));
    expect(at('>Pain points</text>')).toBeLessThan(at('>Opportunities</text>'));
    expect(banded.height).toBeGreaterThan(plain.height);
    // Every persona's curve, and the key naming them.
    for (const name of ['Ana', 'Ben', 'Cy']) expect(banded.svg).toContain(`>${name}</text>`);
  });

  it('puts the bands right under the lanes when the curves are off', () => {
    const svg = renderJourneySvg(journey, { layers: { emotionCurve: false, painPoints: true } }).svg;
    expect(svg).not.toContain('>Emotion curve</text>');
    expect(svg).toContain('>Product page 404</text>');
  });
});

describe('renderMapParts with the bands', () => {
  it('gives each part of a split map the band of its own stages', () => {
    const journey = personasBlueprint();
    // About one stage column a part.
    const parts = renderMapParts(journey, 400, { layers: { painPoints: true } });
    expect(parts.length).toBeGreaterThan(1);
    const find = parts.find((p) => p.stages.first === 0)!.map.svg;
    const buy = parts.find((p) => p.stages.first === 1)!.map.svg;
    expect(find).toContain('>Product page 404</text>');
    expect(find).not.toContain('>Card declined twice</text>');
    expect(buy).toContain('>Card declined twice</text>');
    expect(buy).not.toContain('>Product page 404</text>');
  });
});
