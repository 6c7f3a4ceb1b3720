/**
 * The static renderer (docs/architecture.md "The export pipeline"): a journey document to one self-contained SVG,
 * deterministic for the same input and options. PNG, PDF and the HTML report all start
 * from it; geometry comes from layoutMap and colours from the shared tokens, so an export
 * looks like the canvas.
 */
import { bandFrameOf } from '../layout/bandFrame';
import { layoutMap, type MapLayout, type Rect } from '../layout/mapLayout';
import { SIZES } from '../layout/tokens';
import { layoutNoteBand, opportunitiesByStage, painPointsByStage } from '../layout/noteBands';
import { orderTouchpointsV2 } from '../model/v2/order';
import type { Connection, Journey } from '../model/types';
import { arrowMarkerSvg, connectionSvg } from './connectionPath';
import { createRenderContext, orUntitled } from './context';
import { escapeXml } from './escapeXml';
import { DEFAULT_MAP_LABELS, type MapLabels } from './labels';
import { laneGridSvg, laneHeadersSvg, stepCardSvg } from './laneSvg';
import { mapHeaderSvg } from './mapHeader';
import { mapLegendSvg } from './mapLegend';
import { noteBandSvg } from './noteBandSvg';
import { personaCurvesSvg } from './personaCurvesSvg';
import { stageLaneSvg } from './stageLane';
import { svgRect } from './svgParts';
import { touchpointCardSvg } from './touchpointCard';

export type MapTheme = 'light' | 'dark';

export interface MapLayers {
  /** Title, description and persona above the map. Default on. */
  header?: boolean;
  /** The personas' emotion curves under the lanes (personaCurvesSvg.ts). Default on. */
  emotionCurve?: boolean;
  /** The "Pain points" band under the curves: each stage's pain points, most severe first. Default off. */
  painPoints?: boolean;
  /** The "Opportunities" band under that. Default off. */
  opportunities?: boolean;
  /** The key to tiers, severities and emotions. Default on. */
  legend?: boolean;
}

/** The optional bands under the curves, as a map export asks for them (the map's view in the app). */
export type MapBands = Pick<MapLayers, 'painPoints' | 'opportunities'>;

export interface MapSvgOptions {
  theme?: MapTheme;
  layers?: MapLayers;
  /** Words to draw, for localised exports; missing ones fall back to English. */
  labels?: Partial<MapLabels>;
  /** Colour painted under everything, or null for transparent. Default: the theme's page colour. */
  background?: string | null;
  /** Prefix of element ids, to keep several SVGs apart in one page. Default "jsmap". */
  idPrefix?: string;
  /** CSS font-family list. Default: the app's, ending in Noto Sans CJK SC for Chinese. */
  fontFamily?: string;
  /**
   * Only these stages (indexes into `journey.stages`, inclusive), as one part of a map split
   * across pages: their lanes, cards and emotion curve, flows between them, and flows to or
   * from the other parts as short arrows to or from the part's edge. Default: every stage.
   */
  stages?: StageRange;
}

export interface StageRange {
  first: number;
  last: number;
}

export interface MapSvg {
  svg: string;
  /** Size in CSS pixels (the canvas's units). */
  width: number;
  height: number;
}

export const DEFAULT_FONT_FAMILY =
  "system-ui, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Space around the drawing, in CSS px: a map part is its lanes' width plus twice this. */
export const MAP_MARGIN = 24;
const MARGIN = MAP_MARGIN;
const SECTION_GAP = 20;
const MIN_CONTENT_WIDTH = 640;

function withoutLabel(connection: Connection): Connection {
  const { label: _label, ...rest } = connection;
  return rest;
}

/**
 * The layout of some stages only, moved so their first lane starts at x = 0: lanes keep their
 * index (the header's number), cards of other stages are left out.
 */
function stageWindow(layout: MapLayout, range: StageRange): MapLayout {
  const lanes = layout.lanes.slice(Math.max(0, range.first), range.last + 1);
  if (lanes.length === 0) return { ...layout, lanes: [], cards: new Map(), width: 0 };
  const left = lanes[0]!.x;
  const right = lanes[lanes.length - 1]!.x + lanes[lanes.length - 1]!.width;
  const inWindow = (r: Rect) => r.x >= left && r.x < right + 1;
  const cards = new Map<string, Rect>();
  for (const [id, rect] of layout.cards) if (inWindow(rect)) cards.set(id, { ...rect, x: rect.x - left });
  return {
    ...layout,
    lanes: lanes.map((lane) => ({ ...lane, x: lane.x - left })),
    rows: layout.rows.map((row) => ({ ...row, width: right - left })),
    cards,
    width: right - left,
  };
}

export function renderJourneySvg(journey: Journey, options: MapSvgOptions = {}): MapSvg {
  const layers = { header: true, emotionCurve: true, legend: true, ...options.layers };
  const labels: MapLabels = { ...DEFAULT_MAP_LABELS, ...options.labels };
  const ctx = createRenderContext(journey, options.theme ?? 'light', labels, options.idPrefix ?? 'jsmap');
  const { theme } = ctx;
  const whole = layoutMap(journey);
  const layout = options.stages ? stageWindow(whole, options.stages) : whole;
  // A map of several lanes (or with steps) carries its lane headers left of the first stage;
  // a one-lane journey map draws as the single swimlane it always was.
  const showLanes = journey.lanes.length > 1 || journey.steps.length > 0;
  const laneColumn = showLanes ? SIZES.rowHeaderWidth + SIZES.laneGap : 0;
  const contentWidth = Math.max(MIN_CONTENT_WIDTH, layout.width + laneColumn);
  const x0 = MARGIN;
  const body: string[] = [];
  let y = MARGIN;

  if (layers.header) {
    const header = mapHeaderSvg(journey, x0, y, contentWidth, ctx);
    body.push(header.svg);
    y += header.height + SECTION_GAP;
  }

  const mapX = x0 + laneColumn;
  const mapY = y;
  const stages = new Map(journey.stages.map((s) => [s.id, s]));
  for (const lane of layout.lanes) body.push(stageLaneSvg(stages.get(lane.stageId)!, lane, mapX, mapY, ctx));
  if (showLanes) {
    body.push(laneHeadersSvg(journey, layout, x0, SIZES.rowHeaderWidth, mapY, ctx));
    body.push(laneGridSvg(journey, layout, mapX, mapY, ctx));
  }
  const shifted = (id: string) => {
    const r = layout.cards.get(id);
    return r && { ...r, x: r.x + mapX, y: r.y + mapY };
  };
  const edgeLabels: string[] = [];
  // Flows go round the cards and their labels sit on none (connectionPath.ts).
  const allCards = [...journey.touchpoints, ...journey.steps];
  const cardRects = allCards.map((card) => shifted(card.id)).filter((r) => r !== undefined);
  const laneIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const stageOf = new Map(allCards.map((card) => [card.id, laneIndex.get(card.stageId) ?? -1]));
  for (const connection of journey.connections) {
    let from = shifted(connection.from);
    let to = shifted(connection.to);
    // In a part of the map, a flow to a later part leaves through the right edge and one from an
    // earlier part enters through the left, so the reader sees the journey goes on.
    // Such a stub has no room for the flow's label; the whole map shows it.
    const range = options.stages;
    let drawnConnection = connection;
    if (range && from && !to && (stageOf.get(connection.to) ?? -1) > range.last) {
      to = { x: mapX + layout.width + MARGIN - 2, y: from.y, width: 0, height: from.height };
      drawnConnection = withoutLabel(connection);
    } else if (range && to && !from && (stageOf.get(connection.from) ?? Infinity) < range.first) {
      from = { x: 2, y: to.y, width: 0, height: to.height };
      drawnConnection = withoutLabel(connection);
    }
    if (!from || !to) continue;
    const drawn = connectionSvg(drawnConnection, from, to, ctx, cardRects);
    body.push(drawn.path);
    edgeLabels.push(drawn.label);
  }
  for (const tp of journey.touchpoints) {
    const rect = shifted(tp.id);
    if (rect) body.push(touchpointCardSvg(tp, rect, ctx));
  }
  for (const step of journey.steps) {
    const rect = shifted(step.id);
    if (rect) body.push(stepCardSvg(step, rect, ctx));
  }
  body.push(...edgeLabels);
  y += layout.height + SECTION_GAP;

  // Under the lanes, top to bottom: the curves, the pain points, the opportunities.
  const frame = bandFrameOf(layout);
  const curve = layers.emotionCurve ? personaCurvesSvg(journey, frame, mapX, mapY, ctx) : null;
  if (curve) {
    body.push(curve.svg);
    y = curve.bottom + SECTION_GAP;
  }
  let bandTop = curve ? curve.bottom - mapY : frame.top;
  const ordered = layers.painPoints || layers.opportunities ? orderTouchpointsV2(journey) : [];
  for (const [kind, shown, notesOf] of [
    ['painPoints', layers.painPoints, painPointsByStage],
    ['opportunities', layers.opportunities, opportunitiesByStage],
  ] as const) {
    const band = shown ? layoutNoteBand(kind, notesOf(ordered), { ...frame, top: bandTop }) : null;
    if (!band) continue;
    const drawn = noteBandSvg(band, mapX, mapY, ctx);
    body.push(drawn.svg);
    bandTop = drawn.bottom - mapY;
    y = drawn.bottom + SECTION_GAP;
  }
  if (layers.legend) {
    const legend = mapLegendSvg(x0, y, contentWidth, ctx);
    body.push(legend.svg);
    y += legend.height + SECTION_GAP;
  }

  const width = Math.ceil(contentWidth + 2 * MARGIN);
  const height = Math.ceil(y - SECTION_GAP + MARGIN);
  const background = options.background === undefined ? theme.page : options.background;
  const title = escapeXml(orUntitled(journey.title, ctx));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(options.fontFamily ?? DEFAULT_FONT_FAMILY)}" role="img" aria-label="${title}">` +
    `\n<title>${title}</title>\n<defs>${arrowMarkerSvg(ctx)}</defs>\n` +
    (background === null ? '' : `${svgRect(0, 0, width, height, escapeXml(background))}\n`) +
    // One part a line, so that snapshots and diffs of exports stay readable.
    body.join('\n') +
    '\n</svg>\n';
  return { svg, width, height };
}
