/** Page content gathered and written once per page: the very bytes pdfkit writes itself. */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { batchPageContent } from '../../../electron/node/export/pdfContentBatch';

const FIXED = new Date('2026-03-01T00:00:00Z');

/** Pages drawn in turn, then revisited for a header, as the export does with bufferPages. */
async function pdf(batched: boolean, bufferPages: boolean): Promise<Buffer> {
  const doc = new PDFDocument({ bufferPages, autoFirstPage: false, info: { CreationDate: FIXED } });
  if (batched) batchPageContent(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  for (let p = 0; p < 3; p++) {
    doc.addPage({ size: 'a5', margin: 20 });
    for (let i = 0; i < 40; i++) {
      doc
        .save()
        .rect(10 + i, 10 + p, 30, 20)
        .fillAndStroke('#336699', '#000000')
        .restore();
      doc.circle(50, 50 + i, 5).fill('#ff0000');
    }
    doc.fontSize(9).text(`Page ${p + 1}: some words that wrap across lines of the page`, 30, 100, { width: 90 });
  }
  if (bufferPages) {
    const { start, count } = doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      doc.switchToPage(i);
      doc.fontSize(8).text(`header ${i}`, 20, 10);
    }
  }
  doc.end();
  await done;
  // pdfkit's file id hashes the time of writing.
  return Buffer.from(
    Buffer.concat(chunks)
      .toString('latin1')
      .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '/ID []'),
    'latin1',
  );
}

describe('batchPageContent', () => {
  it('writes the same PDF, byte for byte, with pages buffered and revisited', async () => {
    expect((await pdf(true, true)).equals(await pdf(false, true))).toBe(true);
  });

  it('writes the same PDF when each page is ended as the next one starts', async () => {
    expect((await pdf(true, false)).equals(await pdf(false, false))).toBe(true);
  });
});
