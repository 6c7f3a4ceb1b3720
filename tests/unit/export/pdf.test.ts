/** PDF export checked with poppler: page count and size, and the text (Chinese included) is real text. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJourneySvg } from '../../../shared/render';
import { renderPdf } from '../../../electron/node/export/pdf';
import { planPdfPages } from '../../../shared/export';
import { chinese, coffee } from '../report/fixtureJourneys';

const dir = mkdtempSync(join(tmpdir(), 'js-pdf-'));

function poppler(data: Buffer, name: string) {
  const path = join(dir, name);
  writeFileSync(path, data);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)![1]),
    size: /^Page size:\s+([\d.]+ x [\d.]+) pts/m.exec(info)![1],
    title: /^Title:\s+(.*)$/m.exec(info)?.[1],
    text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }),
  };
}

describe('renderPdf', () => {
  it('fits the map on one A4 landscape page with a header, Chinese text extractable', async () => {
    const journey = chinese();
    const result = await renderPdf(renderJourneySvg(journey), {
      page: 'a4',
      orientation: 'landscape',
      tile: false,
      title: journey.title,
      date: '2026-03-01',
    });
    expect(result).toMatchObject({ pages: 1, notices: [] });
    const pdf = poppler(result.data, 'fit.pdf');
    expect(pdf.pages).toBe(1);
    expect(pdf.size).toBe('841.89 x 595.28');
    expect(pdf.title).toBe('网上购物：从搜索到退货');
    expect(pdf.text).toContain('2026-03-01');
    const text = pdf.text.replace(/\s+/g, '');
    // Titles short enough to sit on one line of their card; longer ones wrap.
    for (const title of [
      '次日达配送',
      '开箱惊喜卡片',
      '申请退换滤网',
      '一键下单并用微信支付',
      '在社交媒体看到净化器广告',
    ]) {
      expect(text).toContain(title);
    }
  });

  it('tiles a wide map over the planned number of pages with overlap marks', async () => {
    const journey = coffee();
    const map = renderJourneySvg(journey);
    const plan = planPdfPages(map, 'a4', 'portrait', true);
    expect(plan.columns * plan.rows).toBeGreaterThan(1);
    const result = await renderPdf(map, {
      page: 'a4',
      orientation: 'portrait',
      tile: true,
      title: journey.title,
      date: '2026-03-01',
    });
    const pdf = poppler(result.data, 'tiles.pdf');
    expect(pdf.pages).toBe(plan.columns * plan.rows);
    expect(result.pages).toBe(pdf.pages);
    expect(pdf.size).toBe('595.28 x 841.89');
    expect(pdf.text).toContain(`page 1 of ${pdf.pages} (row 1, column 1)`);
    expect(pdf.text).toContain('Dashed line: where the next page continues the map.');
    for (const title of ['Sees station poster', 'Orders in the app', 'Collects at the counter'])
      expect(pdf.text).toContain(title);
  });

  it('uses the asked page size and orientation', async () => {
    const map = renderJourneySvg(coffee(), { layers: { emotionCurve: false, legend: false } });
    const sizes = { a3: '1190.55 x 841.89', letter: '792 x 612', tabloid: '1224 x 792' } as const;
    for (const page of ['a3', 'letter', 'tabloid'] as const) {
      const result = await renderPdf(map, {
        page,
        orientation: 'landscape',
        tile: false,
        title: 'T',
        date: '2026-03-01',
      });
      expect(poppler(result.data, `${page}.pdf`).size).toBe(sizes[page]);
    }
  });
});
