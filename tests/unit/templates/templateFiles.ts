/** The built-in template files on disk, read as the tests' independent view of what ships. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadJourneyText, type Journey } from '../../../shared/model';
import { TEMPLATES, TEMPLATE_LANGS, type TemplateLang } from '../../../shared/templates';

export const FILES_DIR = fileURLToPath(new URL('../../../shared/templates/files/', import.meta.url));

/** Every template but blank is backed by files. */
export const FILE_TEMPLATES = TEMPLATES.filter((t) => t.id !== 'blank');

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
  const customIndex = new Map((journey.channels ?? []).map((c, i) => [c.id, `custom:${i}`]));
  return {
    stages: journey.stages.length,
    customChannels: (journey.channels ?? []).length,
    touchpoints: journey.touchpoints.map((t) => ({
      stage: stageIndex.get(t.stageId),
      channel: customIndex.get(t.channel) ?? t.channel,
      tier: t.tier,
      emotion: t.emotion,
      momentOfTruth: t.momentOfTruth,
      painPoints: t.painPoints.map((p) => [p.severity, p.source]),
      opportunities: t.opportunities.map((o) => [o.impact, o.effort, o.status]),
      metrics: t.metrics.map((m) => [m.kpi, m.higherIsBetter]),
      position: t.position,
    })),
    connections: journey.connections.map((c) => [touchpointIndex.get(c.from), touchpointIndex.get(c.to), !!c.label]),
  };
}
