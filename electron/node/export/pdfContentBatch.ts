/**
 * pdfkit turns every drawing operator into a Buffer of its own as it is written (`page.write`
 * per `addContent`): a 1,000-card map is about a hundred thousand operators, each a small
 * allocation for the garbage collector, all concatenated again when the page is finished.
 * This gathers each page's operators as strings and hands them to the page in one write when
 * the page changes or the pages are flushed, joined by the newline pdfkit puts after each, so
 * the content stream is byte for byte what pdfkit writes itself (tests/unit/export/pdfContentBatch.test.ts).
 *
 * pdfkit (pinned in package.json) draws through `doc.addContent(string)` into `doc.page`, and
 * ends pages in `doc.flushPages()` (from `end()`, and from `addPage()` without bufferPages).
 */
interface PageLike {
  write(chunk: string): unknown;
}

interface BatchedDocument {
  page: PageLike;
  addContent(data: unknown): unknown;
  flushPages(): unknown;
}

export function batchPageContent(doc: PDFKit.PDFDocument): void {
  const d = doc as unknown as BatchedDocument;
  const addContent = d.addContent.bind(d);
  const flushPages = d.flushPages.bind(d);
  let pending: string[] = [];
  let pendingPage: PageLike | null = null;
  const flush = () => {
    if (pendingPage && pending.length > 0) pendingPage.write(pending.join('\n'));
    pending = [];
    pendingPage = null;
  };
  d.addContent = (data: unknown) => {
    if (typeof data !== 'string') {
      flush();
      return addContent(data);
    }
    if (d.page !== pendingPage) {
      flush();
      pendingPage = d.page;
    }
    pending.push(data);
    return doc;
  };
  d.flushPages = () => {
    flush();
    return flushPages();
  };
}
