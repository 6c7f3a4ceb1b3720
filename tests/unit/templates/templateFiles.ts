/** The built-in template files on disk, read as the tests' independent view of what ships. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadJourneyText, type Journey } from '../../../shared/model';
import { TEMPLATES, TEMPLATE_LANGS, type TemplateLang } from '../../../shared/templates';

export const FILES_DIR = fileURLToPath(new URL('../../../shared/templates/files/', import.meta.url));

/** Every template but blank is backed by files. */
/** The templates built in code (an empty map, with or without a set of lanes) have no files. */
export const CODE_TEMPLATES: readonly string[] = ['blank', 'journey-map', 'service-blueprint'];
export const FILE_TEMPLATES = TEMPLATES.filter((t) => !CODE_TEMPLATES.includes(t.id));

export const CASES = FILE_TEMPLATES.flatMap((template) =>
  TEMPLATE_LANGS.map((lang) => ({ id: template.id, lang, template })),
);

export const listFiles = () => readdirSync(FILES_DIR).sort();

export const rawTemplate = (id: string, lang: TemplateLang) =>
  readFileSync(`${FILES_DIR}${id}.${lang}.journey`, 'utf8');

export function loadTemplateFile(id: string, lang: TemplateLang): Journey {
  const loaded = loadJourneyText(rawTemplate(id, lang));
  if (!loaded.ok) throw new Error(`${id}.${lang}: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return loaded.journey;
}

/** Every string in a document, for checks on the language it is written in. */
export function allTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allTexts);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(allTexts);
  return [];
}

/** A document with its words and ids left out: what must match across languages and builds. */
export function structureOf(journey: Journey) {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const touchpointIndex = new Map(journey.touchpoints.map((t, i) => [t.id, i]));
  const laneIndex = new Map(journey.lanes.map((l, i) => [l.id, i]));
  const personaIndex = new Map(journey.personas.map((p, i) => [p.id, i]));
  const stepIndex = new Map(journey.steps.map((s, i) => [s.id, `step:${i}`]));
  const cardIndex = (id: string) => touchpointIndex.get(id) ?? stepIndex.get(id);
  const customIndex = new Map((journey.channels ?? []).map((c, i) => [c.id, `custom:${i}`]));
  return {
    stages: journey.stages.length,
    lanes: journey.lanes.map((l) => l.kind),
    personas: journey.personas.length,
    customChannels: (journey.channels ?? []).length,
    touchpoints: journey.touchpoints.map((t) => ({
      stage: stageIndex.get(t.stageId),
      channel: customIndex.get(t.channel) ?? t.channel,
      tier: t.tier,
      lane: laneIndex.get(t.laneId),
      emotions: Object.entries(t.emotions).map(([id, value]) => [personaIndex.get(id), value]),
      momentOfTruth: t.momentOfTruth,
      painPoints: t.painPoints.map((p) => [p.severity, p.source]),
      opportunities: t.opportunities.map((o) => [o.impact, o.effort, o.status]),
      metrics: t.metrics.map((m) => [m.kpi, m.higherIsBetter]),
      position: t.position,
    })),
    steps: journey.steps.map((s) => ({
      stage: stageIndex.get(s.stageId),
      lane: laneIndex.get(s.laneId),
      position: s.position,
    })),
    connections: journey.connections.map((c) => [cardIndex(c.from), cardIndex(c.to), !!c.label]),
  };
}
