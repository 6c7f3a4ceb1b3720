/** A PNG drawn in columns holds the very pixels of the picture drawn whole. */
import { renderAsync } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePngColumns } from '../../../electron/node/export/pngEncode';
import { columnCount, columnSvg, outputSize, renderColumns } from '../../../electron/node/export/pngTiles';
import { renderJourneySvg } from '../../../shared/render';
import { generateJourney } from '../../bench/generateJourney';
import { coffee } from '../report/fixtureJourneys';

async function whole(svg: string, scale: number) {
  const image = await renderAsync(svg, { fitTo: { mode: 'zoom', value: scale }, logLevel: 'off' });
  return PNG.sync.read(
    await encodePngColumns({
      columns: [{ pixels: image.pixels, width: image.width }],
      width: image.width,
      height: image.height,
    }),
  );
}

function differingPixels(a: Buffer, b: Buffer): number {
  let count = 0;
  for (let i = 0; i < a.length; i += 4) if (a.readUInt32BE(i) !== b.readUInt32BE(i)) count++;
  return count;
}

describe('PNG in columns', () => {
  it('draws a column of the map exactly where the whole picture has it, at an odd scale', async () => {
    const map = renderJourneySvg(coffee(), { background: '#ffffff' });
    const scale = 0.73;
    const size = outputSize(map.width, map.height, scale);
    const seam = Math.round(size.width * 0.41);
    const columns = await Promise.all(
      [
        [0, seam],
        [seam, size.width],
      ].map(([from, to]) => renderAsync(columnSvg(map.svg, map, size, from!, to!), { logLevel: 'off' })),
    );
    expect(columns.map((c) => [c.width, c.height])).toEqual([
      [seam, size.height],
      [size.width - seam, size.height],
    ]);
    const stitched = PNG.sync.read(
      await encodePngColumns({ columns: columns.map((c) => ({ pixels: c.pixels, width: c.width })), ...size }),
    );
    const reference = await whole(map.svg, scale);
    expect([stitched.width, stitched.height]).toEqual([reference.width, reference.height]);
    // Floating point moves an anti-aliased edge a few levels in a few pixels in a thousand...
    const pixels = reference.width * reference.height;
    expect(differingPixels(stitched.data, reference.data)).toBeLessThan(pixels * 5e-3);
    // ...while a column drawn one pixel off differs in many more.
    const off = await renderAsync(columnSvg(map.svg, map, size, seam + 1, size.width + 1), { logLevel: 'off' });
    const shifted = PNG.sync.read(
      await encodePngColumns({
        columns: [columns[0]!, off].map((c) => ({ pixels: c.pixels, width: c.width })),
        ...size,
      }),
    );
    expect(differingPixels(shifted.data, reference.data)).toBeGreaterThan(pixels * 2e-2);
  });

  it('splits a big picture on a machine with two cores, and not a small one or on one core', () => {
    expect(columnCount(18_000_000, 2)).toBe(2);
    expect(columnCount(18_000_000, 1)).toBe(1);
    expect(columnCount(1_000_000, 8)).toBe(1);
  });

  it('renders a wide map in columns with the whole picture’s size and pixels', async () => {
    const map = renderJourneySvg(generateJourney(120));
    const scale = 0.8;
    const tiled = await renderColumns(map.svg, map, scale, { loadSystemFonts: true });
    expect(tiled.columns.length).toBe(columnCount(tiled.width * tiled.height));
    const stitched = PNG.sync.read(await encodePngColumns(tiled));
    const reference = await whole(map.svg, scale);
    expect([stitched.width, stitched.height]).toEqual([reference.width, reference.height]);
    expect(differingPixels(stitched.data, reference.data)).toBeLessThan(reference.width * reference.height * 1e-3);
  });

  it('refuses columns that do not add up to the picture', async () => {
    await expect(
      encodePngColumns({ columns: [{ pixels: new Uint8Array(4 * 2 * 3), width: 2 }], width: 3, height: 3 }),
    ).rejects.toThrow('expected columns 3 px wide in all, got 2');
  });
});
