/** Our PNG encoder writes the very pixels resvg's own asPng() does, transparency included. */
import { renderAsync } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePngColumns } from '../../../electron/node/export/pngEncode';

/** The encoder on a picture drawn whole: one column. */
const encodePng = (pixels: Uint8Array, width: number, height: number) =>
  encodePngColumns({ columns: [{ pixels, width }], width, height });
import { renderJourneySvg } from '../../../shared/render';
import { coffee } from '../report/fixtureJourneys';

async function bothWays(svg: string, scale = 1) {
  const image = await renderAsync(svg, { fitTo: { mode: 'zoom', value: scale }, logLevel: 'off' });
  const theirs = PNG.sync.read(image.asPng());
  const ours = PNG.sync.read(await encodePng(image.pixels, image.width, image.height));
  return { theirs, ours };
}

describe('encodePngColumns', () => {
  it('matches asPng pixel for pixel on semi-transparent shapes over nothing', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="40">
      <defs><linearGradient id="g"><stop offset="0" stop-color="#f00" stop-opacity="0"/><stop offset="1" stop-color="#08f"/></linearGradient></defs>
      <rect x="2" y="2" width="60" height="16" fill="url(#g)"/>
      <circle cx="20" cy="28" r="9" fill="#3a7" fill-opacity="0.37"/>
      <path d="M40 22 L62 38 L34 38 z" fill="#fc0" opacity="0.8"/></svg>`;
    const { theirs, ours } = await bothWays(svg, 1.5);
    expect([ours.width, ours.height]).toEqual([96, 60]);
    const alphas = new Set<number>();
    for (let i = 3; i < ours.data.length; i += 4) alphas.add(ours.data[i]!);
    expect(alphas.size).toBeGreaterThan(20); // clear, opaque and many partial alphas were written
    expect(Buffer.compare(ours.data, theirs.data)).toBe(0);
  });

  it('matches asPng pixel for pixel on a map with its page colour', async () => {
    const { theirs, ours } = await bothWays(renderJourneySvg(coffee(), { background: '#ffffff' }).svg, 0.5);
    expect(ours.width).toBeGreaterThan(100);
    expect(Buffer.compare(ours.data, theirs.data)).toBe(0);
  });

  it('refuses pixels that are not width × height RGBA', async () => {
    await expect(encodePng(new Uint8Array(12), 2, 2)).rejects.toThrow('expected 2×2 RGBA pixels, got 12 bytes');
  });
});
