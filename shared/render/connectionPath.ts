/**
 * Connections drawn like React Flow's smoothstep edges: out of a card's right side into the
 * next card's left side along orthogonal segments with rounded corners. A connection to a
 * card further left (or below in the same column) goes round through the gap between them.
 */
import type { Rect } from '../layout/mapLayout';
import type { Connection } from '../model/types';
import type { MapRenderContext } from './context';
import { escapeXml } from './escapeXml';
import { placeFlowLabel } from './flowLabel';
import { freeRow, routeAroundCards } from './flowRoute';
import { ellipsize, measureText } from './textLayout';
import { num, svgRect, svgText } from './svgParts';

interface Point {
  x: number;
  y: number;
}

const OFFSET = 16;
export const FLOW_RADIUS = 8;
const RADIUS = FLOW_RADIUS;
const LABEL_SIZE = 11;

/** The middle of the middle segment of a route: where its label goes when nothing is in the way. */
function middleOf(points: readonly Point[]): Point {
  const i = Math.floor((points.length - 1) / 2);
  const [a, b] = [points[i]!, points[i + 1] ?? points[i]!];
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/**
 * The flow's corners from the right side of `from` to the left side of `to`, and its middle.
 * Given the map's `cards`, a flow to a later card goes round the cards in its way
 * (flowRoute.ts) where it can.
 */
export function flowRoute(from: Rect, to: Rect, cards: readonly Rect[] = []): { points: Point[]; labelAt: Point } {
  const s = { x: from.x + from.width, y: from.y + from.height / 2 };
  const t = { x: to.x, y: to.y + to.height / 2 };
  if (t.x >= s.x + 2 * OFFSET) {
    const around = cards.length > 0 ? routeAroundCards(s, t, cards) : null;
    if (around) return { points: around, labelAt: middleOf(around) };
    const midX = (s.x + t.x) / 2;
    return { points: [s, { x: midX, y: s.y }, { x: midX, y: t.y }, t], labelAt: { x: midX, y: (s.y + t.y) / 2 } };
  }
  const out = s.x + OFFSET;
  const back = t.x - OFFSET;
  const fromBottom = from.y + from.height;
  const toBottom = to.y + to.height;
  const plainMidY =
    fromBottom <= to.y
      ? (fromBottom + to.y) / 2
      : toBottom <= from.y
        ? (toBottom + from.y) / 2
        : Math.max(fromBottom, toBottom) + OFFSET;
  // Given the map's cards, the run back goes through a gap between rows of cards, not through a card.
  const [top, bottom] =
    fromBottom <= to.y ? [fromBottom, to.y] : toBottom <= from.y ? [toBottom, from.y] : [plainMidY, plainMidY + 400];
  const midY =
    (cards.length > 0 ? freeRow(cards, Math.min(out, back), Math.max(out, back), top, bottom, plainMidY) : null) ??
    plainMidY;
  return {
    points: [s, { x: out, y: s.y }, { x: out, y: midY }, { x: back, y: midY }, { x: back, y: t.y }, t],
    labelAt: { x: (out + back) / 2, y: midY },
  };
}

/** Path data through `points` with corners rounded by up to `radius`. */
export function roundedPathData(points: readonly Point[], radius: number): string {
  const pts = points.filter((p, i) => i === 0 || p.x !== points[i - 1]!.x || p.y !== points[i - 1]!.y);
  let d = `M${num(pts[0]!.x)} ${num(pts[0]!.y)}`;
  for (let i = 1; i < pts.length - 1; i++) {
    const [prev, cur, next] = [pts[i - 1]!, pts[i]!, pts[i + 1]!];
    const inLen = Math.hypot(cur.x - prev.x, cur.y - prev.y);
    const outLen = Math.hypot(next.x - cur.x, next.y - cur.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    const a = { x: cur.x - ((cur.x - prev.x) / inLen) * r, y: cur.y - ((cur.y - prev.y) / inLen) * r };
    const b = { x: cur.x + ((next.x - cur.x) / outLen) * r, y: cur.y + ((next.y - cur.y) / outLen) * r };
    d += `L${num(a.x)} ${num(a.y)}Q${num(cur.x)} ${num(cur.y)} ${num(b.x)} ${num(b.y)}`;
  }
  const last = pts[pts.length - 1]!;
  return pts.length > 1 ? `${d}L${num(last.x)} ${num(last.y)}` : d;
}

export function arrowMarkerSvg(ctx: MapRenderContext): string {
  return `<marker id="${escapeXml(ctx.idPrefix)}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0 0L10 5L0 10z" fill="${ctx.theme.edge}"/></marker>`;
}

/** A flow label's box size for its text, as the export draws it. */
export function flowLabelSize(text: string): { width: number; height: number } {
  return { width: measureText(text, { fontSize: LABEL_SIZE }) + 10, height: 18 };
}

/**
 * The connection's line and, drawn later over every line, its label; given the map's `cards`,
 * the label goes where it covers none of them (flowLabel.ts).
 */
export function connectionSvg(
  connection: Connection,
  from: Rect,
  to: Rect,
  ctx: MapRenderContext,
  cards: readonly Rect[] = [],
): { path: string; label: string } {
  const { points, labelAt: middle } = flowRoute(from, to, cards);
  const path = `<path d="${roundedPathData(points, RADIUS)}" fill="none" stroke="${ctx.theme.edge}" stroke-width="1.5" marker-end="url(#${escapeXml(ctx.idPrefix)}-arrow)"/>`;
  const text = connection.label?.trim();
  if (!text) return { path, label: '' };
  const label = ellipsize(text, 160, { fontSize: LABEL_SIZE });
  const size = flowLabelSize(label);
  const { width } = size;
  const labelAt = cards.length > 0 ? placeFlowLabel(points, middle, size, cards) : middle;
  return {
    path,
    label:
      svgRect(
        labelAt.x - width / 2,
        labelAt.y - 9,
        width,
        18,
        ctx.theme.edgeLabelFill,
        `rx="4" stroke="${ctx.theme.edge}" stroke-width="0.5"`,
      ) +
      svgText(label, labelAt.x, labelAt.y + LABEL_SIZE * 0.36, {
        size: LABEL_SIZE,
        fill: ctx.theme.text,
        anchor: 'middle',
      }),
  };
}
