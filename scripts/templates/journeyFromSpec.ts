/** Turns a template spec into the journey document of one language, cards laid out in their lanes. */
import { SIZES } from '../../shared/layout/tokens';
import { FORMAT_NAME } from '../../shared/model/schema';
import { FORMAT_VERSION_V2 } from '../../shared/model/v2/schema';
import type { Connection, Journey, Metric, Step, Touchpoint } from '../../shared/model/types';
import type { TemplateLang } from '../../shared/templates/types';
import { t, type LaneSpec, type LocalNumber, type MetricSpec, type TemplateSpec, type TouchpointSpec } from './spec';

/** Fixed so the generated files are byte-stable; build() stamps the real time. */
const AUTHORED_AT = '2025-01-06T09:00:00.000Z';
/** The ids the migration from version 1 gives the primary persona and the touchpoint lane. */
const PERSONA_ID = 'persona-1';
const TOUCHPOINT_LANE_ID = 'lane-1';
const TOUCHPOINT_LANE_NAME = t('Touchpoints', '触点', '接觸點');

export function journeyFromSpec(spec: TemplateSpec, lang: TemplateLang): Journey {
  const customChannels = new Map((spec.channels ?? []).map((c) => [c.key, `channel-${c.key}`]));
  const touchpoints = spec.stages.flatMap((stage) => {
    const rowsUsed = [0, 0];
    return stage.touchpoints.map((tp) => {
      const column = tp.column ?? 0;
      const row = rowsUsed[column]!++;
      return touchpoint(tp, `stage-${stage.key}`, customChannels.get(tp.channel) ?? tp.channel, lang, {
        x: SIZES.lanePadding + column * (SIZES.cardWidth + SIZES.cardGap),
        y: SIZES.lanePadding + row * (SIZES.cardHeight + SIZES.cardGap),
      });
    });
  });
  const journey: Journey = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION_V2,
    id: `template-${spec.id}`,
    title: spec.title[lang],
    description: spec.description[lang],
    personas: [
      {
        id: PERSONA_ID,
        name: spec.persona.name[lang],
        description: spec.persona.description[lang],
        goals: spec.persona.goals.map((g) => g[lang]),
        needs: spec.persona.needs.map((n) => n[lang]),
        expectations: spec.persona.expectations.map((e) => e[lang]),
      },
    ],
    stages: spec.stages.map((s) => ({
      id: `stage-${s.key}`,
      name: s.name[lang],
      description: s.description[lang],
      customerGoal: s.customerGoal[lang],
    })),
    lanes: (spec.lanes ?? [{ key: 'touchpoints', kind: 'touchpoints', name: TOUCHPOINT_LANE_NAME }]).map((lane) => ({
      id: laneId(lane),
      name: lane.name[lang],
      kind: lane.kind,
    })),
    touchpoints,
    steps: steps(spec, lang),
    connections: connections(spec, lang),
    createdAt: AUTHORED_AT,
    updatedAt: AUTHORED_AT,
  };
  if (spec.channels) journey.channels = spec.channels.map((c) => ({ id: `channel-${c.key}`, name: c.name[lang] }));
  return journey;
}

function touchpoint(
  tp: TouchpointSpec,
  stageId: string,
  channel: string,
  lang: TemplateLang,
  position: { x: number; y: number },
): Touchpoint {
  return {
    id: `tp-${tp.key}`,
    stageId,
    laneId: TOUCHPOINT_LANE_ID,
    title: tp.title[lang],
    description: tp.description[lang],
    channel,
    tier: tp.tier,
    emotions: tp.emotion === undefined ? {} : { [PERSONA_ID]: tp.emotion },
    momentOfTruth: tp.momentOfTruth ?? false,
    painPoints: (tp.painPoints ?? []).map((p, i) => ({
      id: `pain-${tp.key}-${i + 1}`,
      text: p.text[lang],
      severity: p.severity,
      source: p.source,
      evidence: p.evidence[lang],
    })),
    opportunities: (tp.opportunities ?? []).map((o, i) => ({
      id: `opp-${tp.key}-${i + 1}`,
      text: o.text[lang],
      impact: o.impact,
      effort: o.effort,
      owner: o.owner[lang],
      status: o.status,
    })),
    metrics: (tp.metrics ?? []).map((m, i) => metric(m, `metric-${tp.key}-${i + 1}`, lang)),
    ...(tp.notes ? { notes: tp.notes[lang] } : {}),
    position,
  };
}

function metric(m: MetricSpec, id: string, lang: TemplateLang): Metric {
  const value = (n: LocalNumber) => (typeof n === 'number' ? n : n[lang]);
  return {
    id,
    kpi: m.kpi,
    label: m.label[lang],
    ...(m.unit ? { unit: m.unit[lang] } : {}),
    baseline: value(m.baseline),
    current: value(m.current),
    target: value(m.target),
    higherIsBetter: m.higherIsBetter,
  };
}

/** The touchpoint lane keeps the migration's id; the others are named after their key. */
const laneId = (lane: LaneSpec) => (lane.kind === 'touchpoints' ? TOUCHPOINT_LANE_ID : `lane-${lane.key}`);

function steps(spec: TemplateSpec, lang: TemplateLang): Step[] {
  const lanes = new Map((spec.lanes ?? []).map((lane) => [lane.key, laneId(lane)]));
  const rowsUsed = new Map<string, number>();
  return (spec.steps ?? []).map((step) => {
    const cell = `${step.stage}>${step.lane}`;
    const row = rowsUsed.get(cell) ?? 0;
    rowsUsed.set(cell, row + 1);
    return {
      id: `step-${step.key}`,
      stageId: `stage-${step.stage}`,
      laneId: lanes.get(step.lane) ?? `lane-${step.lane}`,
      title: step.title[lang],
      ...(step.description ? { description: step.description[lang] } : {}),
      ...(step.owner ? { owner: step.owner[lang] } : {}),
      position: { x: SIZES.lanePadding, y: SIZES.lanePadding + row * (SIZES.cardHeight + SIZES.cardGap) },
    };
  });
}

function connections(spec: TemplateSpec, lang: TemplateLang): Connection[] {
  const seen = new Set<string>();
  const out: Connection[] = [];
  for (const path of spec.flow) {
    for (let i = 1; i < path.length; i++) {
      const key = `${path[i - 1]}>${path[i]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const label = spec.flowLabels?.[key];
      out.push({
        id: `flow-${out.length + 1}`,
        from: `tp-${path[i - 1]}`,
        to: `tp-${path[i]}`,
        ...(label ? { label: label[lang] } : {}),
      });
    }
  }
  // Steps and touchpoints are told apart by key: a step's key names a step of the spec.
  const stepKeys = new Set((spec.steps ?? []).map((s) => s.key));
  const cardId = (key: string) => (stepKeys.has(key) ? `step-${key}` : `tp-${key}`);
  for (const [from, to] of spec.stepFlows ?? []) {
    out.push({ id: `flow-${out.length + 1}`, from: cardId(from), to: cardId(to) });
  }
  return out;
}
