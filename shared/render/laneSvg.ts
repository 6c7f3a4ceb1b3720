/**
 * A map's lanes in an export, as the canvas draws them: each lane's header left of the first
 * stage (its name and kind), a thin line between lanes across the stages, the service
 * blueprint's lines where the kinds meet (shared/layout/blueprintLines.ts), dashed and labelled,
 * and the steps, lighter cards than touchpoints (title, owner, the start of the description).
 */
import { blueprintLines } from '../layout/blueprintLines';
import type { MapLayout, Rect } from '../layout/mapLayout';
import type { Journey, Step } from '../model/types';
import type { MapRenderContext } from './context';
import { ellipsize, measureText, wrapText } from './textLayout';
import { num, svgLines, svgRect, svgText } from './svgParts';

const NAME_SIZE = 14;
const KIND_SIZE = 11;
const LINE_LABEL_SIZE = 12;
/** The blueprint lines' colour (a violet the light and dark page both carry). */
const LINE_COLOUR = '#7c3aed';

const laneName = (journey: Journey, index: number, ctx: MapRenderContext) => {
  const lane = journey.lanes[index]!;
  return lane.name.trim() || ctx.labels.laneKinds[lane.kind];
};

/** The lane headers in the column at `x` (its width `width`), the map's top-left at (.., y0). */
export function laneHeadersSvg(
  journey: Journey,
  layout: MapLayout,
  x: number,
  width: number,
  y0: number,
  ctx: MapRenderContext,
): string {
  const { theme } = ctx;
  return layout.rows
    .map((row) => {
      const lane = journey.lanes[row.index]!;
      const y = y0 + row.y;
      const name = wrapText(laneName(journey, row.index, ctx), {
        maxWidth: width - 20,
        fontSize: NAME_SIZE,
        bold: true,
        maxLines: 3,
      });
      // The kind under the name, unless the name says it already.
      const kindLabel = ctx.labels.laneKinds[lane.kind];
      const kind = name.join(' ') === kindLabel ? '' : ellipsize(kindLabel, width - 20, { fontSize: KIND_SIZE });
      return (
        `<g data-lane="${lane.kind}">` +
        svgRect(x, y + 2, width, row.height - 4, theme.cardFill, `rx="8" stroke="${theme.laneBorder}"`) +
        svgLines(name, x + 10, y + 10 + NAME_SIZE, NAME_SIZE + 4, { size: NAME_SIZE, fill: theme.text, bold: true }) +
        svgText(kind, x + 10, y + 14 + NAME_SIZE + name.length * (NAME_SIZE + 4), {
          size: KIND_SIZE,
          fill: theme.muted,
        }) +
        '</g>'
      );
    })
    .join('');
}

/** The separators between lanes and the blueprint's labelled lines, across the stage columns. */
export function laneGridSvg(
  journey: Journey,
  layout: MapLayout,
  x0: number,
  y0: number,
  ctx: MapRenderContext,
): string {
  const { theme } = ctx;
  const left = x0;
  const right = x0 + layout.width;
  const parts = layout.rows
    .slice(1)
    .map(
      (row) =>
        `<line x1="${num(left)}" y1="${num(y0 + row.y)}" x2="${num(right)}" y2="${num(y0 + row.y)}" stroke="${theme.laneBorder}"/>`,
    );
  const stacked = new Map<number, number>();
  for (const line of blueprintLines(journey.lanes.map((l) => l.kind))) {
    const row = layout.rows[line.laneIndex];
    if (!row) continue;
    const shift = stacked.get(line.laneIndex) ?? 0;
    stacked.set(line.laneIndex, shift + 1);
    const y = y0 + row.y + shift * 18;
    const label = ctx.labels.blueprintLines[line.kind];
    const labelWidth = Math.min(layout.width - 16, 12 + measureText(label, { fontSize: LINE_LABEL_SIZE, bold: true }));
    parts.push(
      `<g data-blueprint-line="${line.kind}">` +
        `<line x1="${num(left)}" y1="${num(y)}" x2="${num(right)}" y2="${num(y)}" stroke="${LINE_COLOUR}" stroke-width="2" stroke-dasharray="8 5"/>` +
        svgRect(left + 8, y + 2, labelWidth, LINE_LABEL_SIZE + 6, theme.page, 'rx="4"') +
        svgText(
          ellipsize(label, labelWidth - 8, { fontSize: LINE_LABEL_SIZE, bold: true }),
          left + 12,
          y + LINE_LABEL_SIZE + 4,
          {
            size: LINE_LABEL_SIZE,
            fill: LINE_COLOUR,
            bold: true,
          },
        ) +
        '</g>',
    );
  }
  return parts.join('');
}

/** A step's card: lighter than a touchpoint's (dashed border, no badges). */
export function stepCardSvg(step: Step, rect: Rect, ctx: MapRenderContext): string {
  const { theme } = ctx;
  const inner = rect.width - 20;
  const title = wrapText(step.title.trim() || ctx.labels.untitled, {
    maxWidth: inner,
    fontSize: 13,
    bold: true,
    maxLines: 2,
  });
  const parts = [
    svgRect(
      rect.x,
      rect.y,
      rect.width,
      rect.height,
      theme.page,
      `rx="8" stroke="${theme.cardBorder}" stroke-dasharray="5 3"`,
    ),
    svgLines(title, rect.x + 10, rect.y + 22, 17, { size: 13, fill: theme.text, bold: true }),
  ];
  let y = rect.y + 22 + title.length * 17;
  if (step.owner?.trim()) {
    parts.push(
      svgText(ellipsize(step.owner.trim(), inner, { fontSize: 11 }), rect.x + 10, y, { size: 11, fill: theme.muted }),
    );
    y += 16;
  }
  if (step.description?.trim()) {
    const lines = wrapText(step.description.trim(), { maxWidth: inner, fontSize: 11, maxLines: 2 });
    parts.push(svgLines(lines, rect.x + 10, y, 15, { size: 11, fill: theme.muted }));
  }
  return `<g data-step="${step.id.replace(/[^\w-]/g, '_')}">${parts.join('')}</g>`;
}
