/**
 * resvg draws on one thread. A wide map's PNG is drawn as side-by-side columns, each its own
 * renderAsync on libuv's pool, so a two-core machine draws both halves at once (about 0.3 s of
 * a 1,000-card map's 2.1 s export here). Each column is the same SVG with the root's
 * viewBox moved by a whole number of output pixels at the same transform, so its pixels are
 * the whole picture's (tests/unit/export/pngTiles.test.ts compares them).
 */
import { availableParallelism } from 'node:os';
import { renderAsync } from '@resvg/resvg-js';

export interface PixelColumn {
  /** Premultiplied RGBA, `width` × the image's height. */
  pixels: Uint8Array;
  width: number;
}

export interface TiledImage {
  columns: PixelColumn[];
  width: number;
  height: number;
}

/** Below this many output pixels one column is quicker than parsing the SVG twice. */
const MIN_PIXELS_TO_SPLIT = 4_000_000;

const ROOT = /^<svg\b[^>]*>/;

type Size = { width: number; height: number };

/** The output size resvg gives an SVG of `width` × `height` user units at `scale` (to the nearest pixel). */
export function outputSize(width: number, height: number, scale: number): Size {
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** How many columns to draw `pixels` in: one per core, at most two, one for a small picture. */
export function columnCount(pixels: number, cores = availableParallelism()): number {
  return pixels >= MIN_PIXELS_TO_SPLIT && cores > 1 ? 2 : 1;
}

/**
 * `svg` (`size` user units) with its root showing output pixel columns [from, to) of the
 * `out`-pixel picture, at zoom 1. resvg fits a zoomed picture to its rounded size, x and y
 * each on their own, so a column does too (preserveAspectRatio none).
 */
export function columnSvg(svg: string, size: Size, out: Size, from: number, to: number): string {
  const root = ROOT.exec(svg)?.[0];
  if (!root) throw new Error('the map SVG has no root element to draw a column of');
  const perPixel = size.width / out.width;
  const units = (pixels: number) => Number((pixels * perPixel).toFixed(6));
  const moved = root
    .replace(/\swidth="[^"]*"/, ` width="${to - from}"`)
    .replace(/\sheight="[^"]*"/, ` height="${out.height}"`)
    .replace(/\sviewBox="[^"]*"/, ` viewBox="${units(from)} 0 ${units(to - from)} ${size.height}"`)
    .replace(/^<svg\b/, '<svg preserveAspectRatio="none"');
  return moved + svg.slice(root.length);
}

/** Draws `svg` (`width` × `height` user units) at `scale` in as many columns as pay off. */
export async function renderColumns(
  svg: string,
  size: Size,
  scale: number,
  options: { loadSystemFonts: boolean },
): Promise<TiledImage> {
  const out = outputSize(size.width, size.height, scale);
  const count = columnCount(out.width * out.height);
  const font = { loadSystemFonts: options.loadSystemFonts };
  if (count === 1) {
    const image = await renderAsync(svg, { fitTo: { mode: 'zoom', value: scale }, font, logLevel: 'off' });
    return { columns: [{ pixels: image.pixels, width: image.width }], width: image.width, height: image.height };
  }
  const edges = Array.from({ length: count + 1 }, (_, i) => Math.round((out.width * i) / count));
  const images = await Promise.all(
    edges
      .slice(0, -1)
      .map((from, i) => renderAsync(columnSvg(svg, size, out, from, edges[i + 1]!), { font, logLevel: 'off' })),
  );
  for (const [i, image] of images.entries()) {
    if (image.width !== edges[i + 1]! - edges[i]! || image.height !== out.height)
      throw new Error(
        `a column of the PNG came out ${image.width}×${image.height}, not ${edges[i + 1]! - edges[i]!}×${out.height}`,
      );
  }
  return {
    columns: images.map((image) => ({ pixels: image.pixels, width: image.width })),
    width: out.width,
    height: out.height,
  };
}
