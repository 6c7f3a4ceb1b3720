/** Text turned into glyph outlines for rasterising: nothing left as text, placed as the text was. */
import { describe, expect, it } from 'vitest';
import { renderJourneySvg } from '../../../shared/render';
import { svgText } from '../../../shared/render/svgParts';
import { findExportFonts } from '../../../electron/node/export/fonts';
import { placeOutline, relativeOutline } from '../../../electron/node/export/glyphOutline';
import { GlyphOutliner } from '../../../electron/node/export/textOutlines';
import { chinese, hostile } from '../report/fixtureJourneys';

const fonts = findExportFonts();

describe('relativeOutline', () => {
  it('keeps the first move absolute and the rest relative, in thousandths of an em', () => {
    const square = relativeOutline(
      [
        { command: 'moveTo', args: [100, 0] },
        { command: 'lineTo', args: [300, 0] },
        { command: 'lineTo', args: [300, 200] },
        { command: 'closePath', args: [] },
        { command: 'moveTo', args: [400, 0] },
        { command: 'bezierCurveTo', args: [400, 100, 500, 100, 500, 0] },
      ],
      2000, // a 2,048-style em halves every coordinate on the 1,000-unit em
    );
    expect(square).toEqual({ start: [500, 0], tail: 'l100 0l0 100zm150 0c0 50 50 50 50 0' });
    expect(placeOutline(square, 12.34)).toBe('M62.3 0l100 0l0 100zm150 0c0 50 50 50 50 0');
  });

  it('leaves an empty glyph empty', () => {
    expect(placeOutline(relativeOutline([], 1000), 50)).toBe('');
  });
});

describe.skipIf(!fonts)('GlyphOutliner', () => {
  const outline = (svg: string) => new GlyphOutliner(fonts!).outline(svg);
  const wrap = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg"><defs></defs>${body}</svg>`;
  const draw = (text: string, o: Parameters<typeof svgText>[3] = { size: 10, fill: '#000' }) =>
    outline(wrap(svgText(text, 100, 20, o)));
  type Drawn = Awaited<ReturnType<typeof draw>>;

  it('replaces every text element of a map, Chinese and hostile text included', async () => {
    for (const journey of [chinese(), hostile()]) {
      const { svg } = renderJourneySvg(journey);
      expect(svg).toContain('<text ');
      const outlined = await outline(svg);
      expect(outlined).not.toContain('<text');
      expect(outlined).toMatch(
        /<path transform="translate\([\d.]+ [\d.]+\) scale\(0\.\d+ -0\.\d+\)" fill="#[0-9a-f]{6}" d="M/,
      );
    }
  });

  it('draws a text as one path that starts one glyph per visible character', async () => {
    const outlined = await draw('旅程 旅程', { size: 12, fill: '#111' });
    expect(outlined.match(/<path /g)).toHaveLength(1);
    expect(outlined.match(/M/g)).toHaveLength(4);
    expect(outlined).toContain('<path transform="translate(100 20) scale(0.012 -0.012)" fill="#111" d="M');
    expect(await draw(' ')).not.toContain('<path');
  });

  it('shifts middle- and end-anchored text by its advance', async () => {
    const x = (svg: Drawn) => Number(/translate\(([\d.-]+) /.exec(svg)![1]);
    // Two full-width CJK glyphs advance 2 em = 20 px at 10 px.
    expect([
      x(await draw('旅程')),
      x(await draw('旅程', { size: 10, fill: '#000', anchor: 'middle' })),
      x(await draw('旅程', { size: 10, fill: '#000', anchor: 'end' })),
    ]).toEqual([100, 90, 80]);
  });

  it('sets quotes and dashes of a run without CJK proportionally, and full-width beside Chinese', async () => {
    const x = (drawn: Drawn) => Number(/translate\(([\d.-]+) /.exec(drawn)![1]);
    const end = { size: 10, fill: '#000', anchor: 'end' as const };
    // End-anchored at 100: a wider text starts further left, by its advance (10 units an em here).
    const quote = x(await draw('its', end)) - x(await draw('it’s', end));
    expect(quote).toBeGreaterThan(1);
    expect(quote).toBeLessThan(4);
    const dash = x(await draw('a b', end)) - x(await draw('a – b', end));
    expect(dash).toBeLessThan(9);
    const besideChinese = x(await draw('旅程', end)) - x(await draw('旅’程', end));
    expect(besideChinese).toBeCloseTo(10, 0);
  });

  it('outlines the characters the escaped text stands for', async () => {
    expect((await draw('<&>')).match(/M/g)).toHaveLength(3);
    expect(await draw('<')).not.toBe(await draw('l'));
  });

  it.skipIf(!fonts?.fallbacks.length)('takes a character the primary font lacks from a fallback font', async () => {
    // Hebrew is not in Noto Sans CJK but is in DejaVu Sans; U+E000 is in neither (the "missing" box).
    const missing = await draw('\uE000');
    expect(await draw('ש')).not.toBe(missing);
    expect(await draw('\uE001')).toBe(missing);
  });

  it('uses bold glyphs for bold text', async () => {
    expect(await draw('A', { size: 10, fill: '#000', bold: true })).not.toBe(await draw('A'));
  });
});
