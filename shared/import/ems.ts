/**
 * enablement-map-studio's YAML (one file, documents separated by ---) to a journey:
 * - `kind: cjm` (customer journey map): the persona, phases as stages, each action a
 *   touchpoint of its phase with the persona's emotion_score (-2..2); its first touchpoint
 *   naming a channel (built in, else a custom channel) is the channel, the whole list goes into
 *   the description; thoughts_feelings become steps in a thoughts lane, connected to it.
 * - `kind: sbp` (service blueprint): lanes of kind team become backstage lanes, system lanes
 *   support lanes (the cjm lane is the journey itself); tasks become steps in their lane, in the
 *   stage of the action they come from (source_id), else the stage of the nearest journey card
 *   to their left; connections become flows (duplicates and loops dropped).
 * - `kind: outcome` and `kind: em` (KGI/CSF/KPI and enablement actions, skills, knowledge,
 *   tools) have no place in a journey and are listed as not imported.
 * Parsed with the yaml package, aliases capped (no "billion laughs"); errors carry line numbers.
 */
import { parseAllDocuments } from 'yaml';
import { z } from 'zod';
import { createConnectionV2, type ConnectionV2, type LaneKind } from '../model/v2';
import { BuildLimitError, JourneyBuilder } from './builder';
import { MAX_CELL_CHARS, MAX_YAML_ALIASES } from './limits';
import type { ImportOptions, ImportProblem, ImportResult } from './types';
import { channelId, ownValue } from './vocabulary';

const text = z.string().max(MAX_CELL_CHARS);
const optionalText = text.optional().nullable();
const position = z.looseObject({ x: z.number().finite(), y: z.number().finite() }).optional().nullable();
const cjmSchema = z.looseObject({
  kind: z.literal('cjm'),
  id: optionalText,
  persona: z.looseObject({ name: optionalText, description: optionalText }).optional().nullable(),
  phases: z.array(z.looseObject({ id: text, name: optionalText })).max(1000),
  actions: z
    .array(
      z.looseObject({
        id: text,
        name: optionalText,
        phase: text,
        touchpoints: z.array(text).max(1000).optional().nullable(),
        thoughts_feelings: z.array(text).max(1000).optional().nullable(),
        emotion_score: z.number().int().min(-2).max(2).optional().nullable(),
      }),
    )
    .max(20_000),
});
const sbpSchema = z.looseObject({
  kind: z.literal('sbp'),
  lanes: z
    .array(z.looseObject({ id: text, name: optionalText, kind: optionalText, description: optionalText }))
    .max(1000),
  tasks: z
    .array(
      z.looseObject({
        id: text,
        lane: text,
        name: optionalText,
        description: optionalText,
        source_id: optionalText,
        readonly: z.boolean().optional().nullable(),
        position,
      }),
    )
    .max(20_000),
  connections: z
    .array(z.looseObject({ source: text, target: text }))
    .max(50_000)
    .optional()
    .nullable(),
});

const SBP_LANE_KINDS: Record<string, LaneKind> = { team: 'backstage', human: 'frontstage', system: 'support' };

function lineOf(source: string, offset: number | undefined): number | undefined {
  return offset === undefined ? undefined : source.slice(0, offset).split('\n').length;
}

export function importEms(source: string, options: ImportOptions = {}): ImportResult {
  const documents = parseAllDocuments(source.replace(/^\uFEFF/, ''), { uniqueKeys: true });
  const problems: ImportProblem[] = [];
  const list = Array.isArray(documents) ? documents : [documents];
  for (const doc of list) {
    for (const error of doc.errors) {
      problems.push({
        ...(error.linePos ? { line: error.linePos[0].line } : {}),
        message: `YAML: ${error.message.split('\n')[0]}`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const values: { value: unknown; line?: number }[] = [];
  for (const doc of list) {
    try {
      values.push({
        value: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }),
        line: lineOf(source, doc.contents?.range?.[0] ?? doc.range?.[0]),
      });
    } catch (error) {
      const line = lineOf(source, doc.range?.[0]);
      return {
        ok: false,
        problems: [
          { ...(line ? { line } : {}), message: `YAML: ${error instanceof Error ? error.message : String(error)}` },
        ],
      };
    }
  }
  const notes: string[] = [];
  const cjms: z.infer<typeof cjmSchema>[] = [];
  const sbps: z.infer<typeof sbpSchema>[] = [];
  const skipped: string[] = [];
  for (const { value, line } of values) {
    if (value === null || value === undefined) continue;
    const kind = typeof value === 'object' && value !== null ? (value as { kind?: unknown }).kind : undefined;
    const where = line ? { line } : {};
    const check = <T>(schema: z.ZodType<T>): T | null => {
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) {
        problems.push({
          ...where,
          message: `${String(kind)} document, ${issue.path.join('.') || 'the document'}: ${issue.message}`,
        });
      }
      return null;
    };
    if (kind === 'cjm') {
      const cjm = check(cjmSchema);
      if (cjm) cjms.push(cjm);
    } else if (kind === 'sbp') {
      const sbp = check(sbpSchema);
      if (sbp) sbps.push(sbp);
    } else if (kind === 'outcome' || kind === 'em')
      skipped.push(
        kind === 'outcome'
          ? 'the outcome document (KGI, CSF, KPI)'
          : 'the enablement document (actions, skills, knowledge, tools)',
      );
    else
      problems.push({
        ...where,
        message: `a document of kind ${JSON.stringify(kind ?? null)}; expected cjm, sbp, outcome or em`,
      });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (cjms.length === 0 && sbps.length === 0)
    return { ok: false, problems: [{ message: 'no cjm or sbp document in the file' }] };
  if (cjms.length > 1 || sbps.length > 1) notes.push('only the first cjm and the first sbp document were imported');

  const build = new JourneyBuilder(options);
  const cards = new Map<string, { id: string; stageId: string }>();
  const connections: ConnectionV2[] = build.journey.connections;
  const connected = new Set<string>();
  const connect = (from: string, to: string) => {
    const key = `${from}>${to}`;
    if (from === to || connected.has(key)) return false;
    connected.add(key);
    connections.push(createConnectionV2(from, to));
    return true;
  };
  try {
    const cjm = cjms[0];
    if (cjm) {
      const persona = build.persona(cjm.persona?.name?.trim() || build.word('importing.defaultPersona'));
      if (cjm.persona?.description) build.journey.personas[0]!.description = cjm.persona.description;
      const stages = new Map(cjm.phases.map((p) => [p.id, build.stage(p.name?.trim() || p.id)]));
      for (const action of cjm.actions) {
        const stageId = stages.get(action.phase);
        if (!stageId) {
          problems.push({ message: `cjm action "${action.id}": no phase has the id "${action.phase}"` });
          continue;
        }
        const touchpointNames = action.touchpoints ?? [];
        const builtIn = touchpointNames.map((t) => channelId(t)).find(Boolean);
        const channel = builtIn ?? (touchpointNames[0] ? build.customChannel(touchpointNames[0]) : undefined);
        const tp = build.touchpoint(stageId, build.lane(null).id, {
          title: action.name ?? '',
          ...(channel ? { channel } : {}),
          ...(touchpointNames.length > 0 ? { description: touchpointNames.join(', ') } : {}),
          emotions: typeof action.emotion_score === 'number' ? { [persona]: action.emotion_score } : {},
        });
        cards.set(action.id, { id: tp.id, stageId });
        for (const thought of action.thoughts_feelings ?? []) {
          const step = build.step(stageId, build.lane(null, 'thoughts').id, { title: thought });
          connect(tp.id, step.id);
        }
      }
    }
    const sbp = sbps[0];
    if (sbp) {
      const laneOf = new Map<string, { name: string; kind: LaneKind } | 'journey'>();
      for (const lane of sbp.lanes) {
        laneOf.set(
          lane.id,
          lane.kind === 'cjm'
            ? 'journey'
            : { name: lane.name?.trim() || lane.id, kind: ownValue(SBP_LANE_KINDS, lane.kind) ?? 'backstage' },
        );
      }
      // Journey cards in the blueprint, left to right: where a task without a source sits.
      const journeyCards = sbp.tasks
        .filter((t) => laneOf.get(t.lane) === 'journey' && cards.has(t.id) && t.position)
        .map((t) => ({ x: t.position!.x, stageId: cards.get(t.id)!.stageId }))
        .sort((a, b) => a.x - b.x);
      const firstStage = () => build.journey.stages[0]?.id ?? build.stage(build.word('importing.defaultStage'));
      for (const task of sbp.tasks) {
        const lane = laneOf.get(task.lane);
        if (lane === undefined) {
          problems.push({ message: `sbp task "${task.id}": no lane has the id "${task.lane}"` });
          continue;
        }
        if (lane === 'journey') continue; // copies of the cjm's actions
        const fromSource = task.source_id ? cards.get(task.source_id)?.stageId : undefined;
        const left = task.position ? journeyCards.filter((c) => c.x <= task.position!.x + 1).pop() : undefined;
        const stageId = fromSource ?? left?.stageId ?? journeyCards[0]?.stageId ?? firstStage();
        const step = build.step(stageId, build.lane(lane.name, lane.kind).id, {
          title: task.name ?? '',
          ...(task.description ? { description: task.description } : {}),
        });
        cards.set(task.id, { id: step.id, stageId });
      }
      let droppedConnections = 0;
      for (const c of sbp.connections ?? []) {
        const from = cards.get(c.source);
        const to = cards.get(c.target);
        if (!from || !to || !connect(from.id, to.id)) droppedConnections += 1;
      }
      if (droppedConnections > 0)
        notes.push(`${droppedConnections} blueprint connections dropped (to unknown cards, repeated, or loops)`);
      notes.push('blueprint lane sizes and card positions are not imported: cards are stacked in their cells');
    }
  } catch (error) {
    if (error instanceof BuildLimitError) return { ok: false, problems: [{ message: error.message }] };
    throw error;
  }
  if (problems.length > 0) return { ok: false, problems };
  if (skipped.length > 0) notes.push(`not imported: ${skipped.join('; ')}`);
  return build.finish(notes);
}
