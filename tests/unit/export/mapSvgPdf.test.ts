/**
 * The map SVG drawn straight into the PDF (mapSvgPdf.ts): it reads everything the map renderer
 * writes, refuses (so svg-to-pdfkit draws it) anything else, and prints the same picture and
 * the same text as svg-to-pdfkit did, checked by rasterising both with poppler.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { PNG } from 'pngjs';
import SVGtoPDF from 'svg-to-pdfkit';
import { describe, expect, it } from 'vitest';
import { findExportFonts } from '../../../electron/node/export/fonts';
import { drawMapSvg, parseMapSvg } from '../../../electron/node/export/mapSvgPdf';
import { renderPdf } from '../../../electron/node/export/pdf';
import { renderJourneySvg, renderMapParts } from '../../../shared/render';
import { TEMPLATES } from '../../../shared/templates';
import { generateJourney } from '../../bench/generateJourney';
import { chinese, coffee, dental, hostile, personasBlueprint } from '../report/fixtureJourneys';
import { FILE_TEMPLATES, loadTemplateFile } from '../templates/templateFiles';

const dir = mkdtempSync(join(tmpdir(), 'js-mapsvgpdf-'));

/** A one-page PDF of `svg` at `scale`, drawn by this module or by svg-to-pdfkit. */
async function pdfOf(svg: string, width: number, height: number, scale: number, how: 'direct' | 'svg-to-pdfkit') {
  const doc = new PDFDocument({ size: [width * scale, height * scale], margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  const fonts = findExportFonts()!;
  doc.registerFont('r', fonts.primary.regular.path, fonts.primary.regular.postscriptName);
  doc.registerFont('b', fonts.primary.bold.path, fonts.primary.bold.postscriptName);
  doc.scale(scale);
  if (how === 'direct') drawMapSvg(doc, parseMapSvg(svg)!, { regular: 'r', bold: 'b' });
  else SVGtoPDF(doc, svg, 0, 0, { assumePt: true, fontCallback: (_f, bold) => (bold ? 'b' : 'r') });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

function rasterise(pdf: Buffer, name: string, dpi: number) {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  execFileSync('pdftoppm', ['-r', String(dpi), '-singlefile', '-png', path, join(dir, name)]);
  return PNG.sync.read(readFileSync(join(dir, `${name}.png`)));
}

const text = (pdf: Buffer, name: string) => {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
};

describe('parseMapSvg', () => {
  it('reads every map the renderer draws: fixtures, templates, themes, bands, blueprints and parts', () => {
    const journeys = [
      coffee(),
      chinese(),
      dental(),
      hostile(),
      personasBlueprint(),
      ...FILE_TEMPLATES.flatMap((t) => [loadTemplateFile(t.id, 'en'), loadTemplateFile(t.id, 'zh-CN')]),
    ];
    expect(TEMPLATES.length).toBeGreaterThan(3);
    for (const journey of journeys) {
      for (const svg of [
        renderJourneySvg(journey).svg,
        renderJourneySvg(journey, { theme: 'dark', background: null }).svg,
        renderJourneySvg(journey, { layers: { painPoints: true, opportunities: true } }).svg,
      ])
        expect(parseMapSvg(svg), journey.title).not.toBeNull();
    }
    const parts = renderMapParts(generateJourney(120), 1200, {});
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(parseMapSvg(part.map.svg)).not.toBeNull();
  });

  it('refuses what it does not draw, so svg-to-pdfkit draws it instead', () => {
    const wrap = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">${inner}</svg>`;
    expect(parseMapSvg(wrap('<rect x="1" y="1" width="10" height="10" fill="#123456"/>'))).not.toBeNull();
    for (const odd of [
      '<ellipse cx="5" cy="5" rx="3" ry="2"/>',
      '<constructor/>',
      '<rect width="10" height="10" style="fill:red"/>',
      '<rect width="10" height="10" opacity="0.5"/>',
      '<rect width="10" height="10" fill="rgb(1,2,3)"/>',
      '<rect width="10" height="10" fill="url(#gradient)"/>',
      '<g transform="rotate(45)"><rect width="10" height="10"/></g>',
      '<g fill="#ff0000"><rect width="10" height="10"/></g>',
      '<text x="1" y="1" font-size="12"><tspan>a</tspan></text>',
      '<text x="1" y="1" font-size="12" font-style="italic">a</text>',
      '<path d="M0 0L10 10" marker-end="url(#missing)"/>',
      '<rect width="ten" height="10"/>',
      '<rect width="10" height="10" fill="#123456">',
      'loose text',
    ])
      expect(parseMapSvg(wrap(odd)), odd).toBeNull();
    expect(parseMapSvg('<svg width="100" height="50" viewBox="0 0 10 5"></svg>')).toBeNull();
    expect(parseMapSvg('<html></html>')).toBeNull();
  });

  it('keeps the words as the SVG has them: entities decoded, white space collapsed', () => {
    const drawing = parseMapSvg(
      '<svg width="10" height="10"><text x="1" y="2" font-size="9" fill="#000000">  Tom&#39;s &amp;\n  co &lt;3 </text><text x="0" y="0" font-size="9"> </text></svg>',
    )!;
    expect(drawing.shapes).toEqual([
      { kind: 'text', x: 1, y: 2, size: 9, bold: false, anchor: 'start', fill: '#000000', text: "Tom's & co <3" },
    ]);
  });
});

describe('drawMapSvg', () => {
  it('prints the map as svg-to-pdfkit did: the same picture and the same text', async () => {
    const map = renderJourneySvg(personasBlueprint(), { layers: { painPoints: true, opportunities: true } });
    const [direct, old] = await Promise.all([
      pdfOf(map.svg, map.width, map.height, 0.5, 'direct'),
      pdfOf(map.svg, map.width, map.height, 0.5, 'svg-to-pdfkit'),
    ]);
    expect(text(direct, 'direct')).toBe(text(old, 'old'));
    const [a, b] = [rasterise(direct, 'direct', 144), rasterise(old, 'old', 144)];
    expect([a.width, a.height]).toEqual([b.width, b.height]);
    let differing = 0;
    let inked = 0;
    for (let i = 0; i < a.data.length; i += 4) {
      const d = Math.max(...[0, 1, 2].map((k) => Math.abs(a.data[i + k]! - b.data[i + k]!)));
      if (d > 64) differing++;
      if (a.data[i]! < 128) inked++;
    }
    expect(inked).toBeGreaterThan(1000);
    // Anti-aliasing of curves approximated a little differently (52 of 2 million pixels here),
    // nothing more: nine arrowheads turned around make 220.
    expect(differing / (a.width * a.height)).toBeLessThan(0.00005);
  });

  it('leaves an SVG it does not read to svg-to-pdfkit, which still draws it', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><ellipse cx="100" cy="50" rx="90" ry="40" fill="#000000"/></svg>';
    expect(parseMapSvg(svg)).toBeNull();
    const { data } = await renderPdf(
      { svg, width: 200, height: 100 },
      { page: 'a4', orientation: 'landscape', tile: false, title: 'Ellipse', date: '2026-03-01' },
    );
    const png = rasterise(data, 'ellipse', 30);
    let dark = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 60) dark++;
    expect(dark).toBeGreaterThan(1000); // the header alone has a few dozen
  });
});
