/**
 * PDF from the app: a print-ready page (header with title and date, the map scaled to fit the
 * page) handed to the print dialog, where "Save as PDF" writes a vector PDF. The page size and
 * orientation come from the Export dialog through an @page rule.
 */
import { cssPageSize, type Orientation, type PageSize } from '../../shared/export';
import { svgDataUrl } from '../report/svgImage';

export interface PrintMapOptions {
  svg: string;
  title: string;
  dateLine: string;
  page: PageSize;
  orientation: Orientation;
  /** The desktop host prints the print view straight to a PDF file; default: the print dialog. */
  printToPdf?: () => Promise<void>;
}

export async function printMap(options: PrintMapOptions): Promise<void> {
  const root = document.createElement('div');
  root.className = 'print-view';
  const header = document.createElement('header');
  const h1 = document.createElement('h1');
  h1.textContent = options.title;
  const date = document.createElement('p');
  date.textContent = options.dateLine;
  header.append(h1, date);
  const image = document.createElement('img');
  image.alt = options.title;
  image.src = svgDataUrl(options.svg);
  root.append(header, image);
  const style = document.createElement('style');
  style.textContent = `@page { size: ${cssPageSize(options.page, options.orientation)}; margin: 10mm; }`;
  document.head.append(style);
  document.body.append(root);
  document.body.classList.add('printing');
  try {
    await image.decode();
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
