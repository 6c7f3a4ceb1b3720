/**
 * Geometry of a journey map as a grid: stages are columns left to right (their headers on top),
 * lanes are rows top to bottom (their headers in a column left of the first stage, at negative
 * x), and every card sits in the cell of its stage and lane. A card's `position` is relative to
 * its cell, so reordering stages or lanes carries their cards along. A column is as wide as its
 * widest cell and a row as tall as its tallest cell, so both grow to fit their cards.
 */
import type { Journey, Lane, Position } from '../model/types';
import { TOUCHPOINT_LANE_KIND, type LaneKind } from '../model/v2/schema';
import { SIZES } from './tokens';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A stage's column, header and every row (the name "lane" is from before lanes were rows). */
export interface LaneLayout extends Rect {
  stageId: string;
  index: number;
}

/** A lane: a row across every stage, below the stage headers. `x`/`width` span the stage columns. */
export interface RowLayout extends Rect {
  laneId: string;
  kind: LaneKind;
  index: number;
}

export interface MapLayout {
  /** The stage columns, left to right. */
  lanes: LaneLayout[];
  /** The lanes (rows), top to bottom. */
  rows: RowLayout[];
  /** Touchpoints and steps, by id. */
  cards: Map<string, Rect>;
  /** The extent of the stage columns (the lane headers lie left of x = 0, in `rowHeaders`). */
  width: number;
  height: number;
  /** The lane headers' column: x from -(rowHeaderWidth + laneGap) to -laneGap. */
  rowHeaders: Rect;
}

type PlacedCard = { id: string; stageId: string; laneId: string; position: Position };

/** Every card of the journey (touchpoints, then steps): what the grid places. */
function cardsOf(journey: Journey): PlacedCard[] {
  return [...journey.touchpoints, ...(journey.steps ?? [])];
}

/** A row's least height: one lane keeps the single swimlane's height, several are compact. */
function rowMinHeight(laneCount: number): number {
  return laneCount <= 1 ? SIZES.laneMinHeight - SIZES.laneHeaderHeight : SIZES.rowMinHeight;
}

export function layoutMap(journey: Journey): MapLayout {
  const laneList: readonly Lane[] = journey.lanes ?? [];
  const rowOf = new Map(laneList.map((lane, i) => [lane.id, i]));
  const columnOf = new Map(journey.stages.map((stage, i) => [stage.id, i]));
  const widths: number[] = journey.stages.map(() => SIZES.laneMinWidth);
  const minHeight = rowMinHeight(laneList.length);
  const heights: number[] = laneList.map(() => minHeight);
  const cards = cardsOf(journey);
  // A card of a lane the file does not have is drawn in the first row, so nothing disappears.
  const rowIndexOf = (card: PlacedCard) => rowOf.get(card.laneId) ?? 0;
  for (const card of cards) {
    const column = columnOf.get(card.stageId);
    if (column === undefined) continue;
    widths[column] = Math.max(widths[column]!, Math.max(0, card.position.x) + SIZES.cardWidth + SIZES.lanePadding);
    const row = rowIndexOf(card);
    if (row < heights.length)
      heights[row] = Math.max(heights[row]!, Math.max(0, card.position.y) + SIZES.cardHeight + SIZES.lanePadding);
  }
  const rows: RowLayout[] = [];
  let y = SIZES.laneHeaderHeight;
  laneList.forEach((lane, index) => {
    rows.push({ laneId: lane.id, kind: lane.kind, index, x: 0, y, width: 0, height: heights[index]! });
    y += heights[index]!;
  });
  const height = Math.max(y, SIZES.laneMinHeight);
  const lanes: LaneLayout[] = [];
  let x = 0;
  journey.stages.forEach((stage, index) => {
    lanes.push({ stageId: stage.id, index, x, y: 0, width: widths[index]!, height });
    x += widths[index]! + SIZES.laneGap;
  });
  const width = Math.max(0, x - SIZES.laneGap);
  for (const row of rows) row.width = width;
  const placed = new Map<string, Rect>();
  for (const card of cards) {
    const column = columnOf.get(card.stageId);
    const row = rows[rowIndexOf(card)];
    if (column === undefined || !row) continue;
    placed.set(card.id, {
      ...cardOrigin({ x: lanes[column]!.x, y: row.y }, card.position),
      width: SIZES.cardWidth,
      height: SIZES.cardHeight,
    });
  }
  const rowHeaders = {
    x: -(SIZES.rowHeaderWidth + SIZES.laneGap),
    y: SIZES.laneHeaderHeight,
    width: SIZES.rowHeaderWidth,
    height: height - SIZES.laneHeaderHeight,
  };
  return { lanes, rows, cards: placed, width, height, rowHeaders };
}

/** Where a card at `position` in the cell whose top-left corner is `cell` lands on the map. */
export function cardOrigin(cell: { x: number; y: number }, position: Position): { x: number; y: number } {
  return { x: cell.x + Math.max(0, position.x), y: cell.y + Math.max(0, position.y) };
}

/** Which cards a lane kind holds: touchpoints in a touchpoint lane, steps in every other. */
export const holdsTouchpoints = (kind: LaneKind) => kind === TOUCHPOINT_LANE_KIND;

export interface DropTarget {
  stageId: string;
  laneId: string;
  position: Position;
}

/**
 * Where a card whose top-left is at `point` belongs: the stage column and the lane under its
 * centre, and its position in that cell. A touchpoint only goes into a touchpoint lane and a
 * step only into another kind: over a lane of the wrong kind, the nearest lane of its kind is
 * taken. Null when the map has no stage or no lane for the card.
 */
export function dropTarget(
  layout: MapLayout,
  point: { x: number; y: number },
  card: 'touchpoint' | 'step' = 'touchpoint',
): DropTarget | null {
  if (layout.lanes.length === 0) return null;
  const centreX = point.x + SIZES.cardWidth / 2;
  const column =
    layout.lanes.find((l) => centreX >= l.x && centreX < l.x + l.width + SIZES.laneGap) ??
    (centreX < 0 ? layout.lanes[0]! : layout.lanes[layout.lanes.length - 1]!);
  const fits = layout.rows.filter((r) => holdsTouchpoints(r.kind) === (card === 'touchpoint'));
  if (fits.length === 0) return null;
  const centreY = point.y + SIZES.cardHeight / 2;
  const distance = (r: RowLayout) =>
    centreY < r.y ? r.y - centreY : centreY >= r.y + r.height ? centreY - (r.y + r.height) + 1 : 0;
  const row = fits.reduce((best, r) => (distance(r) < distance(best) ? r : best));
  return {
    stageId: column.stageId,
    laneId: row.laneId,
    position: {
      x: Math.round(Math.max(0, point.x - column.x)),
      y: Math.round(Math.max(0, point.y - row.y)),
    },
  };
}

/** The first lane that holds touchpoints (a journey has one), or undefined for an invalid document. */
export function firstTouchpointLane(journey: Pick<Journey, 'lanes'>): Lane | undefined {
  return journey.lanes.find((lane) => holdsTouchpoints(lane.kind));
}

/** The next free slot in a cell: below its lowest card. */
export function nextSlotInCell(journey: Journey, stageId: string, laneId: string): Position {
  let y = SIZES.lanePadding - SIZES.cardGap - SIZES.cardHeight;
  for (const card of cardsOf(journey))
    if (card.stageId === stageId && card.laneId === laneId) y = Math.max(y, card.position.y);
  return { x: SIZES.lanePadding, y: y + SIZES.cardHeight + SIZES.cardGap };
}

/** The next free slot for a touchpoint in a stage: below the lowest card of `laneId` (default: the first touchpoint lane). */
export function nextSlotInStage(journey: Journey, stageId: string, laneId?: string): Position {
  const lane = laneId ?? firstTouchpointLane(journey)?.id ?? '';
  return nextSlotInCell(journey, stageId, lane);
}
