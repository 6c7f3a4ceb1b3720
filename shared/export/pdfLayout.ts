/**
 * Where the map goes on PDF pages: fitted on one page, or tiled at its natural print size
 * (1 CSS px = 0.75 pt) across as many pages as it needs, neighbouring tiles overlapping so
 * the printed sheets can be trimmed and taped together. Pure arithmetic, so the Node PDF
 * writer uses it and its tests need no PDF.
 */

import { pageDimensions, type Orientation, type PageSize } from './pageSizes';

export const PDF_MARGIN = 36;
export const PDF_HEADER_HEIGHT = 30;
export const PDF_FOOTER_HEIGHT = 18;
/** Shared strip between neighbouring tiles. */
export const TILE_OVERLAP = 18;
/** Natural print size: CSS pixels are 1/96 in, points 1/72 in. */
export const TILE_SCALE = 0.75;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfTile {
  row: number;
  column: number;
  /** Where the page shows map content. */
  content: Box;
  /** Top-left of the whole map on this page, and its drawn size. */
  mapOrigin: { x: number; y: number };
  /** Whether a tile continues to the right / below (for the overlap marks). */
  hasRight: boolean;
  hasBelow: boolean;
}

export interface PdfPlan {
  pageWidth: number;
  pageHeight: number;
  scale: number;
  rows: number;
  columns: number;
  tiles: PdfTile[];
}

/**
 * The most pages a tiled PDF may have. A map whose cards sit far apart (a card at x = 1e9 is a
 * valid file) would otherwise ask for millions of pages and never finish.
 */
export const MAX_PDF_PAGES = 1000;

/** How many pages a tiled PDF of the map needs, without laying them out. */
export function tiledPageCount(
  map: { width: number; height: number },
  page: PageSize,
  orientation: Orientation,
): number {
  const { rows, columns } = tileGrid(map, contentBox(page, orientation, true));
  return rows * columns;
}

function contentBox(page: PageSize, orientation: Orientation, tile: boolean): Box {
  const { width: pageWidth, height: pageHeight } = pageDimensions(page, orientation);
  const top = PDF_MARGIN + PDF_HEADER_HEIGHT;
  const footer = tile ? PDF_FOOTER_HEIGHT : 0;
  return { x: PDF_MARGIN, y: top, width: pageWidth - 2 * PDF_MARGIN, height: pageHeight - top - PDF_MARGIN - footer };
}

function tileGrid(map: { width: number; height: number }, content: Box) {
  const stepX = content.width - TILE_OVERLAP;
  const stepY = content.height - TILE_OVERLAP;
  const columns = Math.max(1, Math.ceil((map.width * TILE_SCALE - TILE_OVERLAP) / stepX));
  const rows = Math.max(1, Math.ceil((map.height * TILE_SCALE - TILE_OVERLAP) / stepY));
  return { stepX, stepY, columns, rows };
}

export function planPdfPages(
  map: { width: number; height: number },
  page: PageSize,
  orientation: Orientation,
  tile: boolean,
): PdfPlan {
  const { width: pageWidth, height: pageHeight } = pageDimensions(page, orientation);
  const content = contentBox(page, orientation, tile);
  if (!tile) {
    // Never enlarge beyond 1 pt per px: a small map stays at a readable, natural size.
    const scale = Math.min(1, content.width / map.width, content.height / map.height);
    const mapOrigin = { x: content.x + (content.width - map.width * scale) / 2, y: content.y };
    return {
      pageWidth,
      pageHeight,
      scale,
      rows: 1,
      columns: 1,
      tiles: [{ row: 0, column: 0, content, mapOrigin, hasRight: false, hasBelow: false }],
    };
  }
  const scale = TILE_SCALE;
  const { stepX, stepY, columns, rows } = tileGrid(map, content);
  if (rows * columns > MAX_PDF_PAGES) throw new Error(`a tiled PDF of this map needs ${rows * columns} pages`);
  const tiles: PdfTile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      tiles.push({
        row,
        column,
        content,
        mapOrigin: { x: content.x - column * stepX, y: content.y - row * stepY },
        hasRight: column < columns - 1,
        hasBelow: row < rows - 1,
      });
    }
  }
  return { pageWidth, pageHeight, scale, rows, columns, tiles };
}

/** Where the map's content goes on a page that is not tiled: the width a readable part may have. */
export function mapContentBox(page: PageSize, orientation: Orientation): Box {
  return contentBox(page, orientation, false);
}

export interface MapPartPage {
  /** Which part of the map (renderMapParts) this page shows. */
  part: number;
  content: Box;
  mapOrigin: { x: number; y: number };
}

export interface MapPartPlan {
  pageWidth: number;
  pageHeight: number;
  /** One scale for every part, so cards are the same size on every page. */
  scale: number;
  pages: MapPartPage[];
}

/**
 * One page per part of the map, all at the largest scale at which every part fits its page,
 * never above 1 pt per px; each part centred across the page and set at the top.
 */
export function planMapPartPages(
  parts: readonly { width: number; height: number }[],
  page: PageSize,
  orientation: Orientation,
): MapPartPlan {
  const { width: pageWidth, height: pageHeight } = pageDimensions(page, orientation);
  const content = contentBox(page, orientation, false);
  const scale = Math.min(1, ...parts.map((p) => Math.min(content.width / p.width, content.height / p.height)));
  const pages = parts.map((p, part) => ({
    part,
    content,
    mapOrigin: { x: content.x + (content.width - p.width * scale) / 2, y: content.y },
  }));
  return { pageWidth, pageHeight, scale, pages };
}

/**
 * The smallest print scale (pt per CSS px) at which a map stays readable: its 12 px card text
 * prints at 5.4 pt and its 14 px titles at 6.3 pt. A map that would print smaller is split
 * between stages (renderMapParts), one part per page.
 */
export const MIN_READABLE_MAP_SCALE = 0.45;

/**
 * The widest map part, in CSS px, that prints at a readable size on the page. A map so tall
 * that its height alone makes it print smaller gains nothing from narrower parts: its parts
 * may then be as wide as that smaller scale allows, so it takes fewer pages.
 */
export function readableMapWidth(page: PageSize, orientation: Orientation, mapHeight = 0): number {
  const content = contentBox(page, orientation, false);
  const byHeight = mapHeight > 0 ? content.height / mapHeight : Infinity;
  return content.width / Math.min(MIN_READABLE_MAP_SCALE, byHeight);
}
