/** The static map renderer: a stable snapshot, every layer and theme, and inert file text. */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { DARK_STAGE_COLORS, MAP_THEMES, SIZES, STAGE_COLORS, TIER_COLORS } from '../../../shared/layout/tokens';
import { renderJourneySvg } from '../../../shared/render';
import { HOSTILE_MARKUP, chinese, coffee, hostile } from '../report/fixtureJourneys';
import { externalReferences, liveTags } from '../report/markupChecks';

/** Parses the SVG as resvg does for PNG export; malformed XML throws. */
const parses = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false } }).width;

describe('renderJourneySvg', () => {
  it('matches the snapshot for the coffee sample', () => {
    expect(renderJourneySvg(coffee()).svg).toMatchSnapshot();
  });

  it('is deterministic and reports its size', () => {
    const a = renderJourneySvg(chinese(), { theme: 'dark' });
    const b = renderJourneySvg(chinese(), { theme: 'dark' });
    expect(a).toEqual(b);
    expect(a.svg).toContain(`width="${a.width}" height="${a.height}"`);
    expect(parses(a.svg)).toBe(a.width);
  });

  it('draws every stage, card, connection and file string', () => {
    const journey = chinese();
    const { svg } = renderJourneySvg(journey);
    expect(svg.match(/data-touchpoint="/g)).toHaveLength(journey.touchpoints.length);
    expect(svg.match(/marker-end=/g)).toHaveLength(journey.connections.length);
    for (const stage of journey.stages) expect(svg).toContain(`>${stage.name}</text>`);
    expect(svg).toContain('>网上购物：从搜索到退货</text>');
    expect(svg).toContain('>微信小程序</text>'); // the custom channel's name
    expect(svg).toContain('>Persona: 李娜，上班族</text>');
    expect(svg).toContain('>当天</text>'); // a connection label
  });

  it('places cards where the shared layout puts them', () => {
    const { svg } = renderJourneySvg(coffee(), { layers: { header: false, emotionCurve: false, legend: false } });
    // Margin 24, first lane at x 0, card at position (24, 24) below the 56 px lane header.
    expect(svg).toContain(
      `<g data-touchpoint="tp-ad"><rect x="48" y="${24 + SIZES.laneHeaderHeight + 24}" width="${SIZES.cardWidth}" height="${SIZES.cardHeight}"`,
    );
  });

  it('uses the canvas tier colours and the theme colours', () => {
    const light = renderJourneySvg(coffee()).svg;
    const dark = renderJourneySvg(coffee(), { theme: 'dark' }).svg;
    expect(light).toContain(`fill="${TIER_COLORS.delight.fill}"`);
    expect(light).toContain(`fill="${MAP_THEMES.light.cardFill}" rx="10" stroke="${MAP_THEMES.light.cardBorder}"`);
    expect(dark).toContain(`fill="${MAP_THEMES.dark.cardFill}" rx="10" stroke="${MAP_THEMES.dark.cardBorder}"`);
    expect(dark).toContain(`<rect x="0" y="0" width="`);
    expect(dark).toContain(`fill="${MAP_THEMES.dark.page}"/>`);
  });

  it('paints a stage in its own colour in the light theme, as the canvas does, and never lets it into markup', () => {
    const journey = coffee();
    journey.stages[0]!.color = '#ffe4e6';
    journey.stages[1]!.color = '"/><script>';
    const light = renderJourneySvg(journey).svg;
    expect(light).toContain('fill="#ffe4e6" rx="10"');
    expect(light).toContain(`fill="${MAP_THEMES.light.laneFills[1]}" rx="10"`);
    expect(liveTags(light)).toEqual([]);
    expect(renderJourneySvg(journey, { theme: 'dark' }).svg).not.toContain('#ffe4e6');
    // A palette colour picked in the app becomes its dark partner, as on the canvas.
    journey.stages[2]!.color = STAGE_COLORS[4];
    expect(renderJourneySvg(journey, { theme: 'dark' }).svg).toContain(`fill="${DARK_STAGE_COLORS[4]}" rx="10"`);
  });

  it('leaves out the layers that are switched off, and the background when transparent', () => {
    const all = renderJourneySvg(coffee());
    const bare = renderJourneySvg(coffee(), {
      layers: { header: false, emotionCurve: false, legend: false },
      background: null,
    });
    expect(all.svg).toContain('>Emotion curve</text>');
    expect(all.svg).toContain('>Moment of truth</text>');
    expect(all.svg).toContain('>Order coffee ahead</text>');
    expect(bare.svg).not.toContain('>Emotion curve</text>');
    expect(bare.svg).not.toContain('>Moment of truth</text>');
    expect(bare.svg).not.toContain('>Order coffee ahead</text>');
    expect(bare.svg).not.toContain('<rect x="0" y="0"');
    expect(bare.height).toBeLessThan(all.height);
  });

  it('takes localised labels from the caller', () => {
    const { svg } = renderJourneySvg(coffee(), {
      labels: {
        tiers: { utility: '基础', usability: '易用', delight: '愉悦' },
        emotionCurve: '情绪曲线',
        channelNames: { 'mobile-app': '手机应用' },
      },
    });
    expect(svg).toContain('>基础</text>');
    expect(svg).toContain('>情绪曲线</text>');
    expect(svg).toContain('>手机应用</text>');
  });

  it('makes hostile file text inert and keeps the SVG well-formed', () => {
    const { svg } = renderJourneySvg(hostile());
    for (const bad of HOSTILE_MARKUP) expect(svg).not.toContain(bad);
    expect(liveTags(svg)).toEqual([]);
    expect(externalReferences(svg)).toEqual([]);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).not.toContain('\u0007');
    expect(parses(svg)).toBeGreaterThan(0);
  });

  it('renders an empty journey', () => {
    const journey = coffee();
    journey.stages = [];
    journey.touchpoints = [];
    journey.connections = [];
    const { svg, width } = renderJourneySvg(journey);
    expect(width).toBeGreaterThan(600);
    expect(parses(svg)).toBe(width);
  });
});
