/**
 * The "Pain points" or "Opportunities" band under the lanes, from the layout the canvas uses
 * (shared/layout/noteBands.ts): per stage column its notes, each after a dot in its severity's
 * (or, for opportunities, its impact's) colour, and "+N more" when the list was cut.
 */
import { BAND_TEXT, type NoteBandLayout } from '../layout/noteBands';
import { severityColor } from '../layout/tokens';
import type { MapRenderContext } from './context';
import { MORE_NOTES_SLOT } from './labels';
import { num, svgLines, svgRect, svgText } from './svgParts';

/** Opportunities by impact 1..5: pale to deep teal, away from the severities' reds. */
export const IMPACT_COLORS = ['#99f6e4', '#5eead4', '#14b8a6', '#0f766e', '#134e4a'] as const;

export function impactColor(impact: number): string {
  return IMPACT_COLORS[Math.min(4, Math.max(0, Math.round(impact) - 1))]!;
}

export function moreNotesText(template: string, count: number): string {
  return template.split(MORE_NOTES_SLOT).join(String(count));
}

/** The band with the map's top-left corner at (x0, y0). `bottom` is where it ends. */
export function noteBandSvg(
  layout: NoteBandLayout,
  x0: number,
  y0: number,
  ctx: MapRenderContext,
): { svg: string; bottom: number } {
  const { theme, labels } = ctx;
  const t = BAND_TEXT;
  const bx = x0 + layout.band.x;
  const by = y0 + layout.band.y;
  const title = layout.kind === 'painPoints' ? labels.painPointsBand : labels.opportunitiesBand;
  const colorOf = layout.kind === 'painPoints' ? severityColor : impactColor;
  const parts = [
    svgText(title, bx + 4, by - 9, { size: 13, fill: theme.text, bold: true }),
    svgRect(
      bx + 1,
      by + 1,
      layout.band.width - 2,
      layout.band.height - 2,
      theme.bandFill,
      `rx="10" stroke="${theme.bandBorder}"`,
    ),
  ];
  // The text's baseline sits about 0.8 em below the line's top.
  const baseline = t.lineHeight - (t.lineHeight - t.fontSize) / 2 - 1;
  layout.columns.forEach((column, i) => {
    const cx = x0 + column.x;
    if (i > 0) {
      const x = cx - 8;
      parts.push(
        `<line x1="${num(x)}" y1="${num(by + t.padding)}" x2="${num(x)}" y2="${num(by + layout.band.height - t.padding)}" stroke="${theme.grid}"/>`,
      );
    }
    for (const placed of column.notes) {
      const y = y0 + placed.y;
      parts.push(
        `<circle cx="${num(cx + t.padding + 4)}" cy="${num(y + t.lineHeight / 2)}" r="4" fill="${colorOf(placed.note.weight)}"/>`,
        svgLines(placed.lines, cx + layout.textInset, y + baseline, t.lineHeight, {
          size: t.fontSize,
          fill: theme.text,
        }),
      );
    }
    if (column.more > 0) {
      parts.push(
        svgText(moreNotesText(labels.moreNotes, column.more), cx + layout.textInset, y0 + column.moreY + baseline, {
          size: t.fontSize,
          fill: theme.muted,
        }),
      );
    }
  });
  return { svg: `<g>${parts.join('')}</g>`, bottom: by + layout.band.height };
}
