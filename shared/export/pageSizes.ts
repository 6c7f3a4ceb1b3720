/**
 * The paper sizes a PDF export offers, in one place: the Node PDF writer lays pages out in
 * points, the app's print view sizes its @page in CSS, and Electron's printToPDF names them.
 */

export const PAGE_SIZE_IDS = ['a4', 'a3', 'letter', 'tabloid'] as const;
export type PageSize = (typeof PAGE_SIZE_IDS)[number];

export const ORIENTATIONS = ['landscape', 'portrait'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export interface PageSizeSpec {
  /** Short and long side in PDF points (1/72 in). */
  points: readonly [number, number];
  /** The size's name on screen, and Electron's printToPDF `pageSize` (which takes these names). */
  name: 'A4' | 'A3' | 'Letter' | 'Tabloid';
}

export const PAGE_SIZES: Record<PageSize, PageSizeSpec> = {
  a4: { points: [595.28, 841.89], name: 'A4' },
  a3: { points: [841.89, 1190.55], name: 'A3' },
  letter: { points: [612, 792], name: 'Letter' },
  tabloid: { points: [792, 1224], name: 'Tabloid' },
};

/** Width and height in points of a page turned as asked. */
export function pageDimensions(page: PageSize, orientation: Orientation): { width: number; height: number } {
  const [short, long] = PAGE_SIZES[page].points;
  return orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}

/** The CSS `@page { size }` value: exact lengths, so every browser prints the same sheet. */
export function cssPageSize(page: PageSize, orientation: Orientation): string {
  const { width, height } = pageDimensions(page, orientation);
  return `${width}pt ${height}pt`;
}
