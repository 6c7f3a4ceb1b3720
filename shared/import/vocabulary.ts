/**
 * The words an import recognises in cells, taken from the i18n catalogues of all three
 * languages (never a second list): built-in channels, tiers, severities, pain point sources and
 * lane kinds by id or by their name in English, Simplified or Traditional Chinese; emotions as
 * -2..2 or the emotion scale's words. Matching ignores case, spaces and punctuation width.
 */
import { CATALOGUES } from '../i18n/catalogues';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/languages';
import { translatorOf, type Translate } from '../i18n/translator';
import {
  BUILT_IN_CHANNEL_IDS,
  EMOTION_MAX,
  EMOTION_MIN,
  PAIN_SOURCES,
  SEVERITY_MAX,
  SEVERITY_MIN,
  TIERS,
  type PainSource,
  type Tier,
} from '../model/catalogues';
import { LANE_KINDS, type LaneKind } from '../model/v2';

/** A table's value for a key from the file: own keys only, so "constructor" finds nothing. */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string | null | undefined): T | undefined {
  return key !== null && key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Lower case, NFKC (full-width letters and digits become ASCII), no spaces, dashes or underscores. */
export function wordKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-–—/()（）]+/g, '');
}

const TRANSLATORS: Translate[] = UI_LANGUAGES.map((lang) => translatorOf(CATALOGUES[lang]));

/** id -> every way of writing it: the id, and the catalogue word under `prefix.id` in each language. */
function lookupTable<T extends string>(ids: readonly T[], key: (id: T) => string[]): Map<string, T> {
  const table = new Map<string, T>();
  for (const id of ids) {
    table.set(wordKey(id), id);
    for (const t of TRANSLATORS) {
      for (const k of key(id)) {
        const word = t(k);
        if (word !== k) table.set(wordKey(word), id);
      }
    }
  }
  return table;
}

const CHANNELS = lookupTable(BUILT_IN_CHANNEL_IDS, (id) => [`channel.${id}`]);
const TIER_WORDS = lookupTable(TIERS, (id) => [`tier.${id}`, `reportFile.tier.${id}`]);
const SOURCES = lookupTable(PAIN_SOURCES, (id) => [`painSource.${id}`, `reportFile.source.${id}`]);
const SEVERITIES = lookupTable(['1', '2', '3', '4', '5'] as const, (id) => [`severity.${id}`]);
const LANE_KIND_WORDS = lookupTable(LANE_KINDS, (id) => [`lanes.kind.${id}`]);
const EMOTION_LEVELS = ['veryNegative', 'negative', 'neutral', 'positive', 'veryPositive'] as const;
const EMOTIONS = lookupTable(EMOTION_LEVELS, (id) => [`touchpointForm.emotionLevel.${id}`]);

export function channelId(text: string): string | undefined {
  return CHANNELS.get(wordKey(text));
}

export function tierOf(text: string): Tier | undefined {
  return TIER_WORDS.get(wordKey(text));
}

export function painSourceOf(text: string): PainSource | undefined {
  return SOURCES.get(wordKey(text));
}

export function laneKindOf(text: string): LaneKind | undefined {
  return LANE_KIND_WORDS.get(wordKey(text));
}

const INTEGER = /^[+-]?\d+$/;

/** 1..5, or a severity's name ("Severe", "严重"). */
export function severityOf(text: string): number | undefined {
  const key = wordKey(text);
  if (INTEGER.test(key)) {
    const n = Number(key);
    return n >= SEVERITY_MIN && n <= SEVERITY_MAX ? n : undefined;
  }
  const id = SEVERITIES.get(key);
  return id === undefined ? undefined : Number(id);
}

/** -2..2 (a "+1" too), or a word of the emotion scale ("Very negative", "负面", "正面"). */
export function emotionOf(text: string): number | undefined {
  const key = wordKey(text.replace(/^\+/, ''));
  const signed = text.trim().replace(/^\+/, '');
  if (/^-?\d+$/.test(signed.normalize('NFKC'))) {
    const n = Number(signed.normalize('NFKC'));
    return n >= EMOTION_MIN && n <= EMOTION_MAX ? n : undefined;
  }
  const level = EMOTIONS.get(key);
  return level === undefined ? undefined : EMOTION_LEVELS.indexOf(level) + EMOTION_MIN;
}

const TRUE_WORDS = new Set(['yes', 'y', 'true', '1', 'x', '✓', '✔', '★', '是', '对', '對', '真']);
const FALSE_WORDS = new Set(['no', 'n', 'false', '0', '否', '不是', '假', '']);

/** A yes/no cell: yes, true, 1, x, ✓, ★, 是 ... and no, false, 0, 否, empty. */
export function booleanOf(text: string): boolean | undefined {
  const key = wordKey(text);
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  for (const t of TRANSLATORS) {
    if (key === wordKey(t('reportFile.yes'))) return true;
    if (key === wordKey(t('reportFile.no'))) return false;
  }
  return undefined;
}

/** A word of the import catalogue in the new journey's language. */
export function importWord(lang: UiLanguage, key: string): string {
  return translatorOf(CATALOGUES[lang])(key);
}
