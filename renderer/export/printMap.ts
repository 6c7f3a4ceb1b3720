/**
 * PDF from the app: a print view with the same pages as the command line's PDF (shared/export
 * prepares both): the map in readable parts, one a page at one scale, each headed with the
 * title and what it shows, then the findings. On the desktop it is printed straight to a PDF
 * file (Electron's printToPDF); in the browser it goes to the print dialog ("Save as PDF").
 */
import { PDF_HEADER_HEIGHT, PDF_MARGIN, cssPageSize, planMapPartPages, type PreparedExport } from '../../shared/export';
import { svgDataUrl } from '../report/svgImage';
import { printDocumentNode } from './printDocument';

export interface PrintMapOptions {
  prepared: Extract<PreparedExport, { format: 'pdf' }>;
  /** The title as the page headers show it. */
  title: string;
  /** "Printed 1 March 2026", in the UI language. */
  dateLine: string;
  /** The desktop host prints the print view straight to a PDF file; default: the print dialog. */
  printToPdf?: () => Promise<void>;
}

function pageHeader(title: string, right: string): HTMLElement {
  const header = document.createElement('header');
  const h1 = document.createElement('h1');
  h1.textContent = title;
  const line = document.createElement('p');
  line.textContent = right;
  header.append(h1, line);
  return header;
}

/** The print view's pages, not yet on screen. */
export function buildPrintView(options: Omit<PrintMapOptions, 'printToPdf'>): {
  root: HTMLElement;
  images: HTMLImageElement[];
} {
  const { prepared, title, dateLine } = options;
  const { page, orientation } = prepared.pdf;
  const plan = planMapPartPages(
    prepared.parts.map((p) => p.map),
    page,
    orientation,
  );
  const root = document.createElement('div');
  root.className = 'print-view';
  const images: HTMLImageElement[] = [];
  prepared.parts.forEach((part) => {
    const section = document.createElement('section');
    section.className = 'print-page';
    const image = document.createElement('img');
    image.alt = part.caption;
    image.src = svgDataUrl(part.map.svg);
    // The scale the command line prints at: the same cards at the same size on every page.
    image.style.width = `${part.map.width * plan.scale}pt`;
    images.push(image);
    section.append(pageHeader(title, `${part.caption} · ${dateLine}`), image);
    root.append(section);
  });
  if (prepared.document.length > 0) {
    const findings = document.createElement('section');
    findings.className = 'print-findings';
    findings.append(pageHeader(title, dateLine), printDocumentNode(prepared.document));
    root.append(findings);
  }
  return { root, images };
}

export async function printMap(options: PrintMapOptions): Promise<void> {
  const { root, images } = buildPrintView(options);
  const { page, orientation } = options.prepared.pdf;
  const style = document.createElement('style');
  // The page box and header height of the command line's PDF, so the plan's scale fits here too.
  style.textContent = `@page { size: ${cssPageSize(page, orientation)}; margin: ${PDF_MARGIN}pt; }
.print-view header { height: ${PDF_HEADER_HEIGHT}pt; }`;
  document.head.append(style);
  document.body.append(root);
  document.body.classList.add('printing');
  try {
    await Promise.all(images.map((image) => image.decode()));
    if (options.printToPdf) {
      await options.printToPdf();
      return;
    }
    await new Promise<void>((resolve) => {
      window.addEventListener('afterprint', () => resolve(), { once: true });
      window.print();
      // Some hosts print synchronously and never fire afterprint.
      setTimeout(resolve, 1000);
    });
  } finally {
    document.body.classList.remove('printing');
    root.remove();
    style.remove();
  }
}
