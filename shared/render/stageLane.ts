/** A stage as a swimlane column: numbered header with the stage name (and its customer goal), body below. */
import type { LaneLayout } from '../layout/mapLayout';
import { SIZES, laneFill } from '../layout/tokens';
import type { Stage } from '../model/types';
import { orUntitled, type MapRenderContext } from './context';
import { ellipsize } from './textLayout';
import { num, svgRect, svgText } from './svgParts';

const NAME_SIZE = 16;
const GOAL_SIZE = 11;

export function stageLaneSvg(stage: Stage, lane: LaneLayout, x0: number, y0: number, ctx: MapRenderContext): string {
  const { theme } = ctx;
  const x = x0 + lane.x;
  const y = y0 + lane.y;
  // The canvas's rule for the stage's own colour; checked again here because it lands in an attribute.
  const own = /^#[0-9a-fA-F]{6}$/.test(stage.color ?? '') ? stage.color : undefined;
  const fill = laneFill(own, lane.index, ctx.themeName);
  const headerMid = y + SIZES.laneHeaderHeight / 2;
  const badgeX = x + 14 + 12;
  const nameX = badgeX + 12 + 8;
  const textWidth = x + lane.width - 14 - nameX;
  const goal = stage.customerGoal?.trim() ? `${ctx.labels.customerGoal}: ${stage.customerGoal.trim()}` : '';
  const nameY = goal ? headerMid - 2 : headerMid + NAME_SIZE * 0.36;
  const parts = [
    svgRect(x, y, lane.width, lane.height, fill, `rx="10" stroke="${theme.laneBorder}"`),
    `<line x1="${num(x)}" y1="${num(y + SIZES.laneHeaderHeight)}" x2="${num(x + lane.width)}" y2="${num(y + SIZES.laneHeaderHeight)}" stroke="${theme.text}" stroke-opacity="0.1"/>`,
    `<circle cx="${num(badgeX)}" cy="${num(headerMid)}" r="12" fill="${theme.laneIndexFill}"/>`,
    svgText(String(lane.index + 1), badgeX, headerMid + 12 * 0.36, {
      size: 12,
      fill: theme.laneIndexText,
      bold: true,
      anchor: 'middle',
    }),
    svgText(ellipsize(orUntitled(stage.name, ctx), textWidth, { fontSize: NAME_SIZE, bold: true }), nameX, nameY, {
      size: NAME_SIZE,
      fill: theme.text,
      bold: true,
    }),
  ];
  if (goal) {
    parts.push(
      svgText(ellipsize(goal, textWidth, { fontSize: GOAL_SIZE }), nameX, headerMid + 14, {
        size: GOAL_SIZE,
        fill: theme.muted,
      }),
    );
  }
  return `<g>${parts.join('')}</g>`;
}
