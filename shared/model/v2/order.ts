/**
 * Journey order in version 2: stage by stage as the stages are listed, then lane by lane from
 * top to bottom, then inside a cell in reading order (top to bottom, then left to right), ties
 * in file order. Reports rank by it and the emotion curves follow it. Pure: the document is
 * not changed. In an invalid document, a card of a missing lane comes last in its stage, and one
 * of a missing stage after every stage.
 */
import type { Card, JourneyV2, Step, TouchpointV2 } from './types';

interface Placed {
  card: Card;
  stage: number;
  lane: number;
  fileIndex: number;
}

function place(journey: JourneyV2, cards: Card[]): Placed[] {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(journey.lanes.map((l, i) => [l.id, i]));
  return cards.map((card, fileIndex) => ({
    card,
    stage: stageIndex.get(card.card.stageId) ?? journey.stages.length,
    lane: laneIndex.get(card.card.laneId) ?? journey.lanes.length,
    fileIndex,
  }));
}

const byJourneyOrder = (a: Placed, b: Placed) =>
  a.stage - b.stage ||
  a.lane - b.lane ||
  a.card.card.position.y - b.card.card.position.y ||
  a.card.card.position.x - b.card.card.position.x ||
  a.fileIndex - b.fileIndex;

/** Touchpoints and steps together in journey order (file order: touchpoints, then steps). */
export function orderCardsV2(journey: JourneyV2): Card[] {
  const cards: Card[] = [
    ...journey.touchpoints.map((card): Card => ({ kind: 'touchpoint', card })),
    ...journey.steps.map((card): Card => ({ kind: 'step', card })),
  ];
  return place(journey, cards)
    .sort(byJourneyOrder)
    .map((entry) => entry.card);
}

export function orderTouchpointsV2(journey: JourneyV2): TouchpointV2[] {
  return orderCardsV2(journey).flatMap((c) => (c.kind === 'touchpoint' ? [c.card] : []));
}

export function orderStepsV2(journey: JourneyV2): Step[] {
  return orderCardsV2(journey).flatMap((c) => (c.kind === 'step' ? [c.card] : []));
}
