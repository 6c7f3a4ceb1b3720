/**
 * Whether a card's (a touchpoint's or a step's) title fits the overview's three lines of 24 px type as it is, so that it needs
 * no clip. Zoomed out, a whole map of cards is on screen, and each clip is one more paint chunk
 * Chromium re-layerizes on every pan frame (app.css, .tp-card__title--fits). The estimate errs
 * wide (textLayout.ts): a title it lets through fits in any font; a long one is still clamped.
 */
import { wrapText } from '../../shared/render/textLayout';
import { OVERVIEW_TITLE_PX } from './readableViewport';

/** A card's content box: 232 px wide less 10 px padding and 1 px border each side (app.css .tp-card, lanes.css .step-card). */
const TITLE_WIDTH_PX = 232 - 2 * 10 - 2 * 1;
const OVERVIEW_TITLE_LINES = 3;

export function fitsOverviewTitle(title: string): boolean {
  const lines = wrapText(title, { fontSize: OVERVIEW_TITLE_PX, bold: true, maxWidth: TITLE_WIDTH_PX });
  return lines.length <= OVERVIEW_TITLE_LINES;
}
