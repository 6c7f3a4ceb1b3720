/** PNG export decoded back: size, scale, background as asked, real ink, and the 16,384 px clamp. */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { MAX_RASTER_SIDE, clampScale } from '../../../shared/export';
import { renderJourneySvg } from '../../../shared/render';
import { renderPng } from '../../../electron/node/export/png';
import { generateJourney } from '../../bench/generateJourney';
import { chinese, coffee } from '../report/fixtureJourneys';

function decode(data: Buffer) {
  const png = PNG.sync.read(data);
  const pixel = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4)];
  /** Opaque near-black pixels (text ink) in rows [top, bottom). */
  const inkInRows = (top: number, bottom: number) => {
    let ink = 0;
    for (let i = top * png.width * 4; i < bottom * png.width * 4; i += 4) {
      if (png.data[i + 3]! > 200 && png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 150) ink++;
    }
    return ink;
  };
  const distinct = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) distinct.add(png.data.readUInt32BE(i));
  return { width: png.width, height: png.height, pixel, inkInRows, colours: distinct.size };
}

describe('renderPng', () => {
  it('renders the map at 1× with a white background and visible text', async () => {
    const map = renderJourneySvg(coffee(), { background: '#ffffff' });
    const result = await renderPng(map, 1);
    const png = decode(result.data);
    expect([png.width, png.height]).toEqual([map.width, map.height]);
    expect(result).toMatchObject({ width: map.width, height: map.height, scale: 1, notices: [] });
    expect(png.pixel(0, 0)).toEqual([255, 255, 255, 255]);
    expect(png.pixel(png.width - 1, png.height - 1)).toEqual([255, 255, 255, 255]);
    expect(png.colours).toBeGreaterThan(50); // lanes, tiers, severities, antialiased text
    // The header (title, persona) is the only thing in its rows: ink there is rendered text.
    expect(png.inkInRows(0, 170)).toBeGreaterThan(1000);
  });

  it('doubles the size at 2× and keeps a transparent background transparent', async () => {
    const map = renderJourneySvg(chinese(), { background: null, layers: { legend: false } });
    const result = await renderPng(map, 2);
    const png = decode(result.data);
    expect([png.width, png.height]).toEqual([map.width * 2, map.height * 2]);
    expect(png.pixel(0, 0)[3]).toBe(0);
    expect(png.pixel(png.width - 2, 2)[3]).toBe(0);
    expect(png.inkInRows(0, 2 * 170)).toBeGreaterThan(6000); // the Chinese header is drawn, not left blank
  });

  it('paints the dark theme page colour when no background is asked for', async () => {
    const result = await renderPng(renderJourneySvg(coffee(), { theme: 'dark', layers: { header: false } }), 0.5);
    expect(decode(result.data).pixel(1, 1)).toEqual([0x18, 0x18, 0x1b, 255]);
  });

  it('clamps output to 16,384 px a side and says so', async () => {
    // 56 single-card stages are about 16,560 px wide at 1×.
    const map = renderJourneySvg(generateJourney(56, 1), {
      layers: { header: false, emotionCurve: false, legend: false },
    });
    expect(map.width).toBeGreaterThan(MAX_RASTER_SIDE);
    const result = await renderPng(map, 1);
    const png = decode(result.data);
    expect(png.width).toBeLessThanOrEqual(MAX_RASTER_SIDE);
    expect(png.width).toBeGreaterThan(MAX_RASTER_SIDE - 2);
    expect(result.scale).toBeCloseTo(MAX_RASTER_SIDE / map.width, 6);
    expect(result.notices).toEqual([
      expect.stringMatching(
        /^The map is \d+×\d+ px; at 1× it would exceed 16,384 px a side, so it was scaled to 0\.\d+×\.$/,
      ),
    ]);
  });
});

describe('clampScale', () => {
  it('keeps the asked scale when it fits and limits the longer side otherwise', () => {
    expect(clampScale(1000, 800, 4)).toBe(4);
    expect(clampScale(5000, 800, 4)).toBeCloseTo(16_384 / 5000, 9);
    expect(clampScale(800, 9000, 2)).toBeCloseTo(16_384 / 9000, 9);
  });
});
