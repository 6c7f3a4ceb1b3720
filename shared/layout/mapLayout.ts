/**
 * Geometry of a journey map: stages as columns left to right, touchpoint cards inside them.
 * A touchpoint's `position` is relative to its stage lane's body (below the header), so
 * reordering stages carries their cards along. Lanes grow to fit their cards.
 */
import type { Journey, Position } from '../model/types';
import { SIZES } from './tokens';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaneLayout extends Rect {
  stageId: string;
  index: number;
}

export interface MapLayout {
  lanes: LaneLayout[];
  cards: Map<string, Rect>;
  width: number;
  height: number;
}

export function layoutMap(journey: Journey): MapLayout {
  const widthByStage = new Map<string, number>();
  let bodyHeight = SIZES.laneMinHeight - SIZES.laneHeaderHeight;
  for (const tp of journey.touchpoints) {
    const right = Math.max(0, tp.position.x) + SIZES.cardWidth + SIZES.lanePadding;
    widthByStage.set(tp.stageId, Math.max(widthByStage.get(tp.stageId) ?? 0, right));
    bodyHeight = Math.max(bodyHeight, Math.max(0, tp.position.y) + SIZES.cardHeight + SIZES.lanePadding);
  }
  const height = SIZES.laneHeaderHeight + bodyHeight;
  const lanes: LaneLayout[] = [];
  let x = 0;
  journey.stages.forEach((stage, index) => {
    const width = Math.max(SIZES.laneMinWidth, widthByStage.get(stage.id) ?? 0);
    lanes.push({ stageId: stage.id, index, x, y: 0, width, height });
    x += width + SIZES.laneGap;
  });
  const laneById = new Map(lanes.map((l) => [l.stageId, l]));
  const cards = new Map<string, Rect>();
  for (const tp of journey.touchpoints) {
    const lane = laneById.get(tp.stageId);
    if (!lane) continue;
    cards.set(tp.id, { ...cardOrigin(lane, tp.position), width: SIZES.cardWidth, height: SIZES.cardHeight });
  }
  return { lanes, cards, width: Math.max(0, x - SIZES.laneGap), height };
}

export function cardOrigin(lane: Rect, position: Position): { x: number; y: number } {
  return { x: lane.x + Math.max(0, position.x), y: lane.y + SIZES.laneHeaderHeight + Math.max(0, position.y) };
}

/** Where a card whose top-left is at `point` belongs: the lane under its centre, and its relative position. */
export function dropTarget(
  layout: MapLayout,
  point: { x: number; y: number },
): { stageId: string; position: Position } | null {
  if (layout.lanes.length === 0) return null;
  const centre = point.x + SIZES.cardWidth / 2;
  const lane =
    layout.lanes.find((l) => centre >= l.x && centre < l.x + l.width + SIZES.laneGap) ??
    (centre < 0 ? layout.lanes[0]! : layout.lanes[layout.lanes.length - 1]!);
  return {
    stageId: lane.stageId,
    position: {
      x: Math.round(Math.max(0, point.x - lane.x)),
      y: Math.round(Math.max(0, point.y - lane.y - SIZES.laneHeaderHeight)),
    },
  };
}

/** The next free slot in a stage: below its lowest card. */
export function nextSlotInStage(journey: Journey, stageId: string): Position {
  let y = SIZES.lanePadding - SIZES.cardGap - SIZES.cardHeight;
  for (const tp of journey.touchpoints) if (tp.stageId === stageId) y = Math.max(y, tp.position.y);
  return { x: SIZES.lanePadding, y: y + SIZES.cardHeight + SIZES.cardGap };
}
