import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { zhCN } from '../../../shared/i18n/zh-CN';
import { zhTW } from '../../../shared/i18n/zh-TW';
import { BUILT_IN_CHANNEL_IDS, KPI_IDS, OPPORTUNITY_STATUSES, PAIN_SOURCES, TIERS } from '../../../shared/model';
import { wrongScriptChars } from './chineseScript';

/** Every leaf as "a.b.c" → text. */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value !== 'object' || value === null) return out.set(prefix, value);
  for (const [key, child] of Object.entries(value)) {
    for (const [path, leaf] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Language names, written in their own language in every catalogue so anyone can find theirs. */
const ENDONYMS = new Set(['language.en', 'language.zh-CN', 'language.zh-TW']);

/** Words that are the same in every language: the product name, an acronym, a dash, and the endonyms. */
const SAME_AS_ENGLISH = new Set(['app.name', 'metricForm.kpi', 'report.missing', ...ENDONYMS]);

const english = flatten(en);
const LOCALES = [
  ['zh-CN', flatten(zhCN)],
  ['zh-TW', flatten(zhTW)],
] as const;

describe.each(LOCALES)('%s catalogue', (lang, messages) => {
  it('has exactly the English keys: none missing, none extra', () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has a non-empty string for every key', () => {
    const bad = [...messages].filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    expect(bad.map(([key]) => key)).toEqual([]);
  });

  it('keeps the placeholders of every English string', () => {
    const mismatched = [...english].filter(
      ([key, text]) => placeholders(String(text)).join() !== placeholders(String(messages.get(key) ?? '')).join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('translates every string that is not a name', () => {
    const untranslated = [...english].filter(([key, text]) => !SAME_AS_ENGLISH.has(key) && messages.get(key) === text);
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it(`is written in ${lang === 'zh-CN' ? 'Simplified' : 'Traditional'} characters only`, () => {
    const mixed = [...messages].filter(
      ([key, text]) => !ENDONYMS.has(key) && wrongScriptChars(String(text), lang).length > 0,
    );
    expect(mixed.map(([key, text]) => `${key}: ${String(text)}`)).toEqual([]);
  });
});

describe('catalogue display names', () => {
  const keys = (record: object) => Object.keys(record).sort();

  it('name every built-in channel, KPI, tier, severity, pain source and opportunity status', () => {
    expect(keys(en.channel)).toEqual([...BUILT_IN_CHANNEL_IDS].sort());
    expect(keys(en.kpi)).toEqual([...KPI_IDS].sort());
    expect(keys(en.tier)).toEqual([...TIERS].sort());
    expect(keys(en.tierHelp)).toEqual([...TIERS].sort());
    expect(keys(en.severity)).toEqual(['1', '2', '3', '4', '5']);
    expect(keys(en.painSource)).toEqual([...PAIN_SOURCES].sort());
    expect(keys(en.opportunityStatus)).toEqual([...OPPORTUNITY_STATUSES].sort());
  });

  it('use one term per concept in each Chinese catalogue', () => {
    // The names the pyramid, moments of truth and pain points go by in the UI.
    expect(zhCN.tier).toEqual({ utility: '实用', usability: '易用', delight: '愉悦' });
    expect(zhTW.tier).toEqual({ utility: '實用', usability: '易用', delight: '愉悅' });
    expect(zhCN.touchpointForm.momentOfTruth).toBe('关键时刻');
    expect(zhTW.touchpointForm.momentOfTruth).toBe('關鍵時刻');
    expect(zhCN.canvas.momentOfTruth).toBe(zhCN.touchpointForm.momentOfTruth);
    expect(zhTW.canvas.momentOfTruth).toBe(zhTW.touchpointForm.momentOfTruth);
    expect(zhCN.painPointForm.title).toBe('痛点');
    expect(zhTW.painPointForm.title).toBe('痛點');
  });
});
