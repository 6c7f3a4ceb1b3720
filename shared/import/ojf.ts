/**
 * The Open Journey Format (.ojf, JSON, from the Ptolemy journey mapper; its OJF_SPEC.md) to a
 * journey. Stages are stages; swimlanes become lanes of the kind their name suggests
 * (guessLane.ts; a lane it cannot place holds touchpoints); nodes in touchpoint lanes become
 * touchpoints, in other lanes steps. A node whose purpose is "pain-point" (or that sits in a
 * pain point row) becomes a pain point of the first touchpoint of its stage (severity low 2,
 * medium 3, high 4). score -5..5 becomes the persona's emotion -2..2 (rounded), isMomentOfTruth
 * the moment of truth, tags naming a channel the channel; other tags go into the notes. A
 * node's blueprint (evidence, onstage, backstage, support) becomes steps in those lanes,
 * connected to its touchpoint. icon, iconColor and sentiment are dropped, with a note.
 */
import { z } from 'zod';
import { createConnectionV2, TOUCHPOINT_LANE_KIND, newItemIdV2, type TouchpointV2 } from '../model/v2';
import { BuildLimitError, JourneyBuilder } from './builder';
import { rowKindOf, type RowKind } from './guessLane';
import { MAX_CELL_CHARS } from './limits';
import type { ImportOptions, ImportProblem, ImportResult } from './types';
import { channelId, ownValue } from './vocabulary';

const text = z.string().max(MAX_CELL_CHARS);
const optionalText = text.optional().nullable();
const blueprintItem = z.looseObject({
  item: optionalText,
  type: optionalText,
  actor: optionalText,
  action: optionalText,
  system: optionalText,
  description: optionalText,
});
const nodeSchema = z.looseObject({
  id: optionalText,
  stageId: text,
  swimlaneId: optionalText,
  title: optionalText,
  description: optionalText,
  severity: optionalText,
  score: z.number().finite().optional().nullable(),
  sentiment: optionalText,
  purpose: optionalText,
  isMomentOfTruth: z.boolean().optional().nullable(),
  icon: optionalText,
  iconColor: optionalText,
  tags: z.array(text).max(1000).optional().nullable(),
  blueprint: z
    .looseObject({
      evidence: z.array(blueprintItem).max(1000).optional(),
      onstage: z.array(blueprintItem).max(1000).optional(),
      backstage: z.array(blueprintItem).max(1000).optional(),
      support: z.array(blueprintItem).max(1000).optional(),
    })
    .optional()
    .nullable(),
});
const named = z.looseObject({ id: text, name: optionalText });
const ojfSchema = z.looseObject({
  version: optionalText,
  metadata: z
    .looseObject({ title: optionalText, persona: optionalText, pov: optionalText, version: optionalText })
    .optional()
    .nullable(),
  title: optionalText,
  persona: optionalText,
  pointOfView: optionalText,
  stages: z.array(named).max(1000),
  swimlanes: z.array(named).max(1000).optional().nullable(),
  nodes: z.array(nodeSchema).max(20_000),
});
type OjfNode = z.infer<typeof nodeSchema>;

const SEVERITY: Record<string, number> = { low: 2, medium: 3, high: 4 };
const BLUEPRINT_LANES = {
  evidence: 'evidence',
  onstage: 'frontstage',
  backstage: 'backstage',
  support: 'support',
} as const;

function parseJson(source: string): { ok: true; value: unknown } | { ok: false; problem: ImportProblem } {
  try {
    return { ok: true, value: JSON.parse(source.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const line = at ? source.slice(0, Number(at[1])).split('\n').length : undefined;
    return { ok: false, problem: { ...(line ? { line } : {}), message: `not JSON: ${message}` } };
  }
}

export function importOjf(source: string, options: ImportOptions = {}): ImportResult {
  const json = parseJson(source);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const parsed = ojfSchema.safeParse(json.value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        message: `${issue.path.join('.') || 'the file'}: ${issue.message}`,
      })),
    };
  }
  const ojf = parsed.data;
  const problems: ImportProblem[] = [];
  const stageIds = new Set(ojf.stages.map((s) => s.id));
  ojf.nodes.forEach((node, i) => {
    if (!stageIds.has(node.stageId))
      problems.push({ message: `nodes.${i}.stageId: no stage has the id "${node.stageId}"` });
  });
  if (problems.length > 0) return { ok: false, problems };

  const title = ojf.metadata?.title ?? ojf.title ?? options.title ?? '';
  const build = new JourneyBuilder({ ...options, title });
  const pov = ojf.metadata?.pov ?? ojf.pointOfView;
  if (pov) build.journey.description = pov;
  const notes: string[] = [];
  const dropped = new Set<string>();
  try {
    const personaName = ojf.metadata?.persona ?? ojf.persona;
    const personaId = build.persona(personaName?.trim() || build.word('importing.defaultPersona'));
    for (const stage of ojf.stages) build.stage(stage.name?.trim() || stage.id);
    const stageOf = new Map(ojf.stages.map((s) => [s.id, build.stage(s.name?.trim() || s.id)]));
    const rowKinds = new Map<string, { kind: RowKind; name: string }>();
    for (const lane of ojf.swimlanes ?? []) {
      rowKinds.set(lane.id, {
        kind: rowKindOf(lane.name ?? '') ?? TOUCHPOINT_LANE_KIND,
        name: lane.name?.trim() || lane.id,
      });
    }
    const isPain = (node: OjfNode) =>
      node.purpose === 'pain-point' || rowKinds.get(node.swimlaneId ?? '')?.kind === 'painPoints';
    // Touchpoints first, so pain points find theirs whatever the node order.
    const firstInStage = new Map<string, TouchpointV2>();
    const byNode = new Map<OjfNode, TouchpointV2>();
    for (const node of ojf.nodes) {
      if (node.icon || node.iconColor) dropped.add('icons');
      if (node.sentiment) dropped.add('sentiments');
      if (isPain(node)) continue;
      const row = rowKinds.get(node.swimlaneId ?? '');
      const stageId = stageOf.get(node.stageId)!;
      const kind = row?.kind === undefined || row.kind === 'painPoints' ? TOUCHPOINT_LANE_KIND : row.kind;
      const lane = build.lane(row?.name ?? null, kind);
      if (kind !== TOUCHPOINT_LANE_KIND) {
        build.step(stageId, lane.id, {
          title: node.title ?? '',
          ...(node.description ? { description: node.description } : {}),
        });
        if (node.score || node.isMomentOfTruth || node.tags?.length)
          dropped.add('scores, moments of truth and tags of nodes in step lanes');
        continue;
      }
      const tags = node.tags ?? [];
      const channel = tags.map((t) => channelId(t)).find(Boolean);
      const otherTags = tags.filter((t) => !channelId(t));
      const touchpoint = build.touchpoint(stageId, lane.id, {
        title: node.title ?? '',
        ...(node.description ? { description: node.description } : {}),
        ...(channel ? { channel } : {}),
        ...(node.isMomentOfTruth ? { momentOfTruth: true } : {}),
        ...(otherTags.length > 0 ? { notes: `Tags: ${otherTags.join(', ')}` } : {}),
        emotions:
          typeof node.score === 'number'
            ? { [personaId]: Math.max(-2, Math.min(2, Math.round((node.score * 2) / 5))) }
            : {},
      });
      if (!firstInStage.has(stageId)) firstInStage.set(stageId, touchpoint);
      byNode.set(node, touchpoint);
      if (node.severity && node.purpose !== 'pain-point') dropped.add('severities of nodes that are no pain point');
      for (const [part, kindOfLane] of Object.entries(BLUEPRINT_LANES)) {
        const items = node.blueprint?.[part as keyof typeof BLUEPRINT_LANES] ?? [];
        for (const item of items) {
          const stepLane = build.lane(build.laneKindName(kindOfLane), kindOfLane);
          const step = build.step(stageId, stepLane.id, {
            title: item.action ?? item.item ?? item.system ?? '',
            ...(item.actor ? { owner: item.actor } : {}),
            ...(item.system && item.description ? { description: item.description } : {}),
            ...(item.type ? { description: item.type } : {}),
          });
          build.journey.connections.push(createConnectionV2(touchpoint.id, step.id));
        }
      }
    }
    for (const node of ojf.nodes.filter(isPain)) {
      const stageId = stageOf.get(node.stageId)!;
      let touchpoint = firstInStage.get(stageId);
      if (!touchpoint) {
        touchpoint = build.touchpoint(stageId, build.lane(null).id, { title: node.title ?? '' });
        firstInStage.set(stageId, touchpoint);
      }
      const text = [node.title, node.description].filter(Boolean).join(': ');
      touchpoint.painPoints.push({
        id: newItemIdV2('painPoint'),
        text,
        severity: ownValue(SEVERITY, node.severity?.toLowerCase()) ?? 3,
        source: 'direct',
      });
    }
    if (ojf.nodes.some(isPain))
      notes.push('pain point nodes became pain points of the first touchpoint of their stage');
  } catch (error) {
    if (error instanceof BuildLimitError) return { ok: false, problems: [{ message: error.message }] };
    throw error;
  }
  if (dropped.size > 0) notes.push(`not imported: ${[...dropped].join(', ')}`);
  return build.finish(notes);
}
