/** The registry and build(): fresh, valid documents whose language versions share one structure. */
import { describe, expect, it } from 'vitest';
import { loadJourneyText, serializeJourney, type Journey } from '../../../shared/model';
import { TEMPLATES, TEMPLATE_LANGS, findTemplate, isTemplateLang } from '../../../shared/templates';
import { wrongScriptChars, hasCjk } from '../i18n/chineseScript';
import {
  CASES,
  FILE_TEMPLATES,
  allTexts,
  listFiles,
  loadTemplateFile,
  rawTemplate,
  structureOf,
} from './templateFiles';

const NOW = new Date('2026-03-04T05:06:07.000Z');

/** Every id a document defines. */
function idsOf(journey: Journey): string[] {
  return [
    journey.id,
    ...journey.stages.map((s) => s.id),
    ...journey.touchpoints.flatMap((t) => [
      t.id,
      ...t.painPoints.map((p) => p.id),
      ...t.opportunities.map((o) => o.id),
      ...t.metrics.map((m) => m.id),
    ]),
    ...journey.connections.map((c) => c.id),
    ...(journey.channels ?? []).map((c) => c.id),
  ];
}

describe('template registry', () => {
  it('offers blank and the five journeys of the README, each named and described in every language', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([
      'blank',
      'journey-map',
      'service-blueprint',
      'restaurant',
      'online-retail',
      'b2b-saas',
      'dental-practice',
      'contact-centre',
    ]);
    for (const t of TEMPLATES) {
      for (const lang of TEMPLATE_LANGS) {
        expect(t.name[lang].trim(), `${t.id} ${lang}`).not.toBe('');
        expect(t.description[lang], `${t.id} ${lang}`).toMatch(/^[^\n]+$/);
      }
    }
    expect(findTemplate('dental-practice')?.id).toBe('dental-practice');
    expect(findTemplate('nope')).toBeUndefined();
    expect(isTemplateLang('zh-TW')).toBe(true);
    expect(isTemplateLang('zh')).toBe(false);
  });

  it('ships exactly one file per template and language', () => {
    expect(listFiles()).toEqual(CASES.map(({ id, lang }) => `${id}.${lang}.journey`).sort());
  });

  it('builds a blank journey with a localised title', () => {
    const journey = findTemplate('blank')!.build({ lang: 'zh-TW', now: NOW });
    expect(journey).toMatchObject({ title: '未命名旅程', stages: [], touchpoints: [], createdAt: NOW.toISOString() });
    expect(findTemplate('blank')!.build().title).toBe('Untitled journey');
    expect(loadJourneyText(serializeJourney(journey)).ok).toBe(true);
  });
});

describe.each(CASES)('template $id ($lang)', ({ id, lang, template }) => {
  it('file is valid and byte-stable under the serializer', () => {
    const raw = rawTemplate(id, lang);
    const loaded = loadJourneyText(raw);
    expect(loaded.ok && loaded.migratedFrom).toBe(undefined);
    expect(loaded.ok && serializeJourney(loaded.journey)).toBe(raw);
  });

  it('builds a valid document stamped with the given time', () => {
    const journey = template.build({ lang, now: NOW });
    const reloaded = loadJourneyText(serializeJourney(journey));
    expect(reloaded.ok ? [] : reloaded.problems).toEqual([]);
    expect(journey.createdAt).toBe(NOW.toISOString());
    expect(journey.updatedAt).toBe(NOW.toISOString());
  });

  it('gives every build new ids, with every reference rewired to them', () => {
    const file = loadTemplateFile(id, lang);
    const first = template.build({ lang });
    const second = template.build({ lang });
    const [fileIds, firstIds, secondIds] = [idsOf(file), idsOf(first), idsOf(second)];
    expect(new Set(firstIds).size).toBe(fileIds.length);
    expect(firstIds.filter((i) => fileIds.includes(i) || secondIds.includes(i))).toEqual([]);
    // Same cards in the same stages, on the same channels, linked the same way: nothing lost in the remap.
    expect(structureOf(first)).toEqual(structureOf(file));
    expect(structureOf(second)).toEqual(structureOf(file));
    expect(first.title).toBe(file.title);
  });

  it('hands out documents that do not share state', () => {
    const first = template.build({ lang });
    first.touchpoints[0]!.position.x = 999;
    first.personas[0]!.goals.push('changed');
    const second = template.build({ lang });
    expect(second.touchpoints[0]!.position.x).not.toBe(999);
    expect(second.personas[0]!.goals).not.toContain('changed');
  });

  it('is written in its own language', () => {
    const texts = allTexts(loadTemplateFile(id, lang)).filter(
      (t) => !/^(tp|stage|pain|opp|metric|flow|channel)-/.test(t),
    );
    if (lang === 'en') expect(texts.filter(hasCjk)).toEqual([]);
    else {
      expect(hasCjk(loadTemplateFile(id, lang).title)).toBe(true);
      expect(texts.filter((t) => wrongScriptChars(t, lang).length > 0)).toEqual([]);
    }
  });
});

describe.each(FILE_TEMPLATES)('template $id in three languages', (template) => {
  it('has the same structure in en, zh-CN and zh-TW', () => {
    const [en, ...others] = TEMPLATE_LANGS.map((lang) => structureOf(loadTemplateFile(template.id, lang)));
    for (const other of others) expect(other).toEqual(en);
  });

  it('is built in the language asked for, English by default', () => {
    expect(template.build().title).toBe(loadTemplateFile(template.id, 'en').title);
    expect(template.build({ lang: 'zh-CN' }).title).toBe(loadTemplateFile(template.id, 'zh-CN').title);
  });
});
