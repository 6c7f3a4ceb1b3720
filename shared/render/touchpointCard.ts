/**
 * One touchpoint card, laid out as on the canvas (renderer/canvas/TouchpointNode.tsx):
 * tier badge, moment-of-truth star and emotion face on top, the title, then channel,
 * KPI chip and the pain count coloured by the worst severity at the bottom.
 */
import type { Rect } from '../layout/mapLayout';
import { TIER_COLORS, severityColor } from '../layout/tokens';
import type { Touchpoint } from '../model/types';
import { channelIconSvg } from './channelIcons';
import { orUntitled, type MapRenderContext } from './context';
import { measureText, ellipsize, wrapText } from './textLayout';
import { escapeXml } from './escapeXml';
import { emotionFill, svgLines, svgPill, svgRect, svgStar, svgFace, svgText } from './svgParts';

const PAD_X = 10;
const PAD_Y = 8;
const ROW_HEIGHT = 18;
const TITLE = { fontSize: 14, bold: true, lineHeight: 17.5, maxLines: 3 } as const;
const SMALL = 12;
const BADGE = 11;

export function touchpointCardSvg(tp: Touchpoint, rect: Rect, ctx: MapRenderContext): string {
  const { theme } = ctx;
  const right = rect.x + rect.width - PAD_X;
  const parts: string[] = [
    svgRect(rect.x, rect.y, rect.width, rect.height, theme.cardFill, `rx="10" stroke="${theme.cardBorder}"`),
  ];

  // Top row.
  const top = rect.y + PAD_Y;
  const tierLabel = ellipsize(ctx.labels.tiers[tp.tier], rect.width / 2, { fontSize: BADGE, bold: true });
  const tierWidth = measureText(tierLabel, { fontSize: BADGE, bold: true }) + 16;
  const tier = TIER_COLORS[tp.tier];
  parts.push(
    svgPill(tierLabel, rect.x + PAD_X, top, tierWidth, ROW_HEIGHT, tier.fill, {
      size: BADGE,
      fill: tier.text,
      bold: true,
    }),
  );
  if (tp.momentOfTruth) {
    parts.push(svgStar(rect.x + PAD_X + tierWidth + 12, top + ROW_HEIGHT / 2, 8, theme.momentOfTruth));
  }
  const emotion = ctx.emotionOf(tp);
  if (emotion !== undefined) {
    parts.push(svgFace(right - 9, top + ROW_HEIGHT / 2, 9, emotion, emotionFill(emotion)));
  }

  // Title.
  const titleLines = wrapText(orUntitled(tp.title, ctx), {
    maxWidth: rect.width - 2 * PAD_X,
    fontSize: TITLE.fontSize,
    bold: true,
    maxLines: TITLE.maxLines,
  });
  parts.push(
    svgLines(titleLines, rect.x + PAD_X, top + ROW_HEIGHT + 4 + TITLE.fontSize, TITLE.lineHeight, {
      size: TITLE.fontSize,
      fill: theme.text,
      bold: true,
    }),
  );

  // Bottom row, laid out from the right (KPI chip, then pain count, as on the canvas) so the
  // channel name takes what is left.
  const rowTop = rect.y + rect.height - PAD_Y - ROW_HEIGHT;
  let rowRight = right;
  if (tp.metrics.length > 0) {
    const chip = `${ctx.labels.kpi} ${tp.metrics.length}`;
    const width = measureText(chip, { fontSize: SMALL }) + 12;
    rowRight -= width;
    parts.push(
      svgRect(rowRight, rowTop, width, ROW_HEIGHT, theme.kpiFill, 'rx="4"') +
        svgText(chip, rowRight + width / 2, rowTop + 13, { size: SMALL, fill: theme.kpiText, anchor: 'middle' }),
    );
    rowRight -= 6;
  }
  if (tp.painPoints.length > 0) {
    const worst = Math.max(...tp.painPoints.map((p) => p.severity));
    const count = String(tp.painPoints.length);
    const width = Math.max(22, measureText(count, { fontSize: SMALL, bold: true }) + 12);
    rowRight -= width;
    parts.push(
      svgPill(count, rowRight, rowTop, width, ROW_HEIGHT, severityColor(worst), {
        size: SMALL,
        fill: '#ffffff',
        bold: true,
      }),
    );
    rowRight -= 6;
  }
  const iconSize = 14;
  parts.push(channelIconSvg(tp.channel, rect.x + PAD_X, rowTop + 2, iconSize, theme.channelText));
  const nameX = rect.x + PAD_X + iconSize + 5;
  const channel = ellipsize(orUntitled(ctx.channelName(tp.channel), ctx), rowRight - nameX, { fontSize: SMALL });
  parts.push(svgText(channel, nameX, rowTop + 13, { size: SMALL, fill: theme.channelText }));

  return `<g data-touchpoint="${escapeXml(tp.id)}">${parts.join('')}</g>`;
}
