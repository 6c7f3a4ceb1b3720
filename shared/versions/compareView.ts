/**
 * What the app's compare mode shows (docs/cli.md "The diff contract" gives the changes): the
 * newer version's cards marked added or changed, the older version's removed cards as ghosts
 * where they were, every change as the CLI's sentence with the card it selects, and the KPI
 * and emotion changes for the report view. Pure, from the two documents.
 */
import type { JourneyV2, Step, TouchpointV2 } from '../model/v2';
import { diffJourneys } from './diffJourneys';
import { describeChange, diffNames, type Sentence } from './sentences';
import type { DiffChange, JourneyDiff } from './types';

export type CardMark = 'added' | 'changed';

/** A card of the older version the newer one no longer has, drawn where it was. */
export interface CompareGhost {
  kind: 'touchpoint' | 'step';
  card: TouchpointV2 | Step;
  /** Its stage and lane are still in the newer version, so it has a place to be drawn. */
  placeable: boolean;
}

export interface CompareEntry {
  change: DiffChange;
  sentence: Sentence;
  /** The card selecting this change selects: the card itself, the touchpoint of an annotation, a flow's first card. */
  cardId?: string;
}

export interface MetricChange {
  touchpointId: string;
  metricId: string;
  op: DiffChange['op'];
  before?: TouchpointV2['metrics'][number];
  after?: TouchpointV2['metrics'][number];
}

export interface EmotionChange {
  touchpointId: string;
  personaId: string;
  before?: number;
  after?: number;
}

/** A persona's average rating over the touchpoints rated by them, in each version (absent: none rated, or no such persona). */
export interface PersonaAverage {
  personaId: string;
  before?: number;
  after?: number;
}

export interface CompareView {
  diff: JourneyDiff;
  /** Cards of the newer version by id: added, or changed (a field, an annotation, a rating). */
  marks: Map<string, CardMark>;
  ghosts: CompareGhost[];
  entries: CompareEntry[];
  metrics: MetricChange[];
  emotions: EmotionChange[];
  /** Every persona of either version, the newer's order first. */
  averages: PersonaAverage[];
}

const ANNOTATIONS = new Set<DiffChange['entity']>(['painPoint', 'opportunity', 'metric']);

/** `older` and `newer` are the two versions; the view is drawn on the newer. */
export function compareJourneys(older: JourneyV2, newer: JourneyV2): CompareView {
  const diff = diffJourneys(older, newer);
  const names = diffNames(older, newer);
  const newCards = new Set([...newer.touchpoints, ...newer.steps].map((c) => c.id));
  const stages = new Set(newer.stages.map((s) => s.id));
  const lanes = new Set(newer.lanes.map((l) => l.id));
  const connections = new Map([...older.connections, ...newer.connections].map((c) => [c.id, c]));
  const marks = new Map<string, CardMark>();
  const ghosts: CompareGhost[] = [];
  const metrics: MetricChange[] = [];
  const emotions: EmotionChange[] = [];
  const mark = (id: string | undefined, how: CardMark) => {
    if (id !== undefined && newCards.has(id) && marks.get(id) !== 'added') marks.set(id, how);
  };
  const entries = diff.changes.map((change): CompareEntry => {
    let cardId: string | undefined;
    if (change.entity === 'touchpoint' || change.entity === 'step') {
      cardId = change.id;
      if (change.op === 'removed') {
        const card = change.before as TouchpointV2 | Step;
        ghosts.push({
          kind: change.entity,
          card,
          placeable: stages.has(card.stageId) && lanes.has(card.laneId),
        });
      } else mark(change.id, change.op === 'added' ? 'added' : 'changed');
      if (change.entity === 'touchpoint' && change.field?.startsWith('emotions.')) {
        emotions.push({
          touchpointId: change.id,
          personaId: change.field.slice('emotions.'.length),
          ...(change.before !== undefined && { before: change.before as number }),
          ...(change.after !== undefined && { after: change.after as number }),
        });
      }
    } else if (ANNOTATIONS.has(change.entity)) {
      cardId = change.parentId;
      mark(cardId, 'changed');
    } else if (change.entity === 'connection') {
      const flow = connections.get(change.id);
      cardId = flow?.from;
      mark(flow?.from, 'changed');
      mark(flow?.to, 'changed');
    }
    return { change, sentence: describeChange(names, change), ...(cardId !== undefined && { cardId }) };
  });
  metrics.push(...metricChanges(older, newer));
  return { diff, marks, ghosts, entries, metrics, emotions, averages: personaAverages(older, newer) };
}

function averagesOf(journey: JourneyV2): Map<string, number> {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const tp of journey.touchpoints) {
    for (const [personaId, value] of Object.entries(tp.emotions)) {
      const entry = sums.get(personaId) ?? { sum: 0, count: 0 };
      sums.set(personaId, { sum: entry.sum + value, count: entry.count + 1 });
    }
  }
  return new Map([...sums].map(([id, { sum, count }]) => [id, sum / count]));
}

function personaAverages(older: JourneyV2, newer: JourneyV2): PersonaAverage[] {
  const [before, after] = [averagesOf(older), averagesOf(newer)];
  const ids = [...new Set([...newer.personas, ...older.personas].map((p) => p.id))];
  return ids.map((personaId) => ({
    personaId,
    ...(before.has(personaId) && { before: before.get(personaId)! }),
    ...(after.has(personaId) && { after: after.get(personaId)! }),
  }));
}

/** Every metric added, removed or with a changed value, by touchpoint, in the newer version's order. */
function metricChanges(older: JourneyV2, newer: JourneyV2): MetricChange[] {
  type Metric = TouchpointV2['metrics'][number];
  const index = (j: JourneyV2) => {
    const byId = new Map<string, { metric: Metric; touchpointId: string }>();
    for (const tp of j.touchpoints)
      for (const metric of tp.metrics) byId.set(metric.id, { metric, touchpointId: tp.id });
    return byId;
  };
  const [before, after] = [index(older), index(newer)];
  const changes: MetricChange[] = [];
  for (const [id, now] of after) {
    const then = before.get(id);
    if (!then) changes.push({ touchpointId: now.touchpointId, metricId: id, op: 'added', after: now.metric });
    else if (JSON.stringify(then.metric) !== JSON.stringify(now.metric))
      changes.push({
        touchpointId: now.touchpointId,
        metricId: id,
        op: 'changed',
        before: then.metric,
        after: now.metric,
      });
  }
  for (const [id, then] of before) {
    if (!after.has(id))
      changes.push({ touchpointId: then.touchpointId, metricId: id, op: 'removed', before: then.metric });
  }
  return changes;
}
