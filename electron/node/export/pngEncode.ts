/**
 * PNG encoding of the pixels resvg draws. resvg-js's own asPng() (adaptive filters, its
 * default compression) took about 330 ms of a 1,000-card map's 1.5 s command-line export for
 * 18.5 million pixels, and wrote a bigger file than zlib's fastest level on unfiltered rows
 * (4.7 MB against 5.8 MB here: the map is mostly flat colour). This writes the same image:
 * 8-bit RGBA, the colours taken back out of resvg's premultiplied form exactly as tiny-skia
 * does (tests/unit/export/pngEncode.test.ts compares the decoded pixels with asPng's).
 */
import { constants, crc32, deflate } from 'node:zlib';
import { promisify } from 'node:util';
import type { PixelColumn, TiledImage } from './pngTiles';

const deflateAsync = promisify(deflate);
const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
const OPAQUE = 255;

function chunk(type: string, data: Uint8Array): Buffer[] {
  const name = Buffer.from(type, 'latin1');
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  name.copy(head, 4);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(name)) >>> 0, 0);
  return [head, Buffer.from(data.buffer, data.byteOffset, data.byteLength), crc];
}

/**
 * Scanlines with PNG filter 0 (none) before each row, the rows put together from the columns
 * left to right, the colours demultiplied where a pixel is not opaque: tiny-skia's
 * `demultiply` (c / (a / 255) + 0.5, truncated).
 */
function scanlines(columns: readonly PixelColumn[], width: number, height: number): Buffer {
  const stride = width * 4;
  const out = Buffer.allocUnsafe(height * (stride + 1));
  for (let y = 0; y < height; y++) out[y * (stride + 1)] = 0;
  let left = 0;
  for (const column of columns) {
    const source = Buffer.from(column.pixels.buffer, column.pixels.byteOffset, column.pixels.byteLength);
    const part = column.width * 4;
    for (let y = 0; y < height; y++) source.copy(out, y * (stride + 1) + 1 + left, y * part, (y + 1) * part);
    left += part;
  }
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1) + 1;
    for (let i = row + 3, end = row + stride; i < end; i += 4) {
      const alpha = out[i]!;
      // Premultiplied colours are at most their alpha: a clear pixel is already 0, 0, 0, 0.
      if (alpha === OPAQUE || alpha === 0) continue;
      const a = alpha / 255;
      out[i - 3] = Math.min(255, Math.trunc(out[i - 3]! / a + 0.5));
      out[i - 2] = Math.min(255, Math.trunc(out[i - 2]! / a + 0.5));
      out[i - 1] = Math.min(255, Math.trunc(out[i - 1]! / a + 0.5));
    }
  }
  return out;
}

/**
 * An 8-bit RGBA PNG of side-by-side columns of premultiplied RGBA pixels (resvg's
 * RenderedImage.pixels; one column for a picture drawn whole, pngTiles.ts).
 */
export async function encodePngColumns({ columns, width, height }: TiledImage): Promise<Buffer> {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  if (total !== width) throw new Error(`expected columns ${width} px wide in all, got ${total}`);
  for (const column of columns) {
    if (column.pixels.length !== column.width * height * 4)
      throw new Error(`expected ${column.width}×${height} RGBA pixels, got ${column.pixels.length} bytes`);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Compression, filter method and interlace stay 0: deflate, the standard filters, none.
  const data = await deflateAsync(scanlines(columns, width, height), {
    level: constants.Z_BEST_SPEED,
  });
  return Buffer.concat([
    SIGNATURE,
    ...chunk('IHDR', header),
    ...chunk('IDAT', data),
    ...chunk('IEND', new Uint8Array()),
  ]);
}
