/**
 * How a table's columns are understood: each header matched, ignoring case, to a field by its
 * English, Simplified or Traditional Chinese name (the words the issue lists, plus the column
 * names of this app's own CSV report in each language, so a report exported with --lang comes
 * back). A column that matches nothing but holds only emotions (-2..2 or the scale's words) is
 * a persona's emotions, named by its header. The mapping is data: the app shows it, lets the
 * user change a column's field, and imports with the changed mapping (importTable).
 */
import { CATALOGUES } from '../i18n/catalogues';
import { UI_LANGUAGES } from '../i18n/languages';
import { translatorOf } from '../i18n/translator';
import { MAX_PERSONAS } from '../model/v2';
import { coded, englishFieldName } from './problemWords';
import type { ImportProblem, TableRow } from './types';
import { emotionOf, wordKey } from './vocabulary';

export const IMPORT_FIELDS = [
  'stage',
  'title',
  'channel',
  'tier',
  'emotion',
  'momentOfTruth',
  'description',
  'owner',
  'notes',
  'painPoint',
  'severity',
  'source',
  'lane',
  'persona',
  'ignore',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** How sure the mapping is: the header named the field, the values suggested it, the user chose it, or nothing matched. */
export type MappingConfidence = 'header' | 'values' | 'user' | 'none';

export interface ColumnMapping {
  /** 0-based column index. */
  index: number;
  header: string;
  field: ImportField;
  confidence: MappingConfidence;
}

/** The header words of each field (besides the report's own column names below). */
const HEADER_WORDS: Record<Exclude<ImportField, 'persona' | 'ignore'>, readonly string[]> = {
  stage: ['stage', 'phase', '阶段', '階段'],
  title: ['touchpoint', 'title', 'touch point', 'name', '触点', '觸點', '标题', '標題'],
  channel: ['channel', '渠道', '通路', '管道'],
  tier: ['tier', 'cx tier', 'pyramid tier', '层级', '層級'],
  emotion: ['emotion', 'feeling', '情绪', '情緒'],
  momentOfTruth: ['moment of truth', 'mot', '关键时刻', '關鍵時刻'],
  description: ['description', '描述', '说明', '說明'],
  owner: ['owner', '负责人', '負責人'],
  notes: ['notes', 'note', '备注', '備註'],
  painPoint: ['pain point', 'pain points', 'pain', '痛点', '痛點'],
  severity: ['severity', '严重程度', '嚴重程度'],
  source: ['source', '来源', '來源'],
  lane: ['lane', 'swimlane', 'row', '泳道'],
};

/** The CSV report's column keys (reportFile.csv.*) that name a field. */
const REPORT_COLUMNS: Partial<Record<ImportField, readonly string[]>> = {
  stage: ['stage'],
  title: ['title'],
  channel: ['channel'],
  tier: ['tier'],
  emotion: ['emotion'],
  momentOfTruth: ['momentOfTruth'],
  description: ['description'],
  owner: ['owner'],
  notes: ['notes'],
};

const FIELD_OF_HEADER = new Map<string, ImportField>();
for (const [field, words] of Object.entries(HEADER_WORDS)) {
  for (const word of words) FIELD_OF_HEADER.set(wordKey(word), field as ImportField);
}
for (const lang of UI_LANGUAGES) {
  const t = translatorOf(CATALOGUES[lang]);
  for (const [field, keys] of Object.entries(REPORT_COLUMNS)) {
    for (const key of keys ?? []) {
      const word = wordKey(t(`reportFile.csv.${key}`));
      if (!FIELD_OF_HEADER.has(word)) FIELD_OF_HEADER.set(word, field as ImportField);
    }
  }
}

/** The field a header names, if any. */
export function fieldOfHeader(header: string): ImportField | undefined {
  return FIELD_OF_HEADER.get(wordKey(header));
}

/** Fields one column at most may have; persona and ignore may repeat. */
export function isSingleField(field: ImportField): boolean {
  return field !== 'persona' && field !== 'ignore';
}

/** The column mapping a table's header and rows suggest. */
export function detectMapping(header: readonly string[], rows: readonly TableRow[]): ColumnMapping[] {
  const taken = new Set<ImportField>();
  let personas = 0;
  return header.map((text, index) => {
    const field = fieldOfHeader(text);
    if (field && !taken.has(field)) {
      taken.add(field);
      return { index, header: text, field, confidence: 'header' };
    }
    const values = rows.map((row) => (row.cells[index] ?? '').trim()).filter((v) => v !== '');
    const emotions = values.length > 0 && values.every((v) => emotionOf(v) !== undefined);
    if (!field && text.trim() !== '' && emotions && personas < MAX_PERSONAS) {
      personas += 1;
      return { index, header: text, field: 'persona', confidence: 'values' };
    }
    return { index, header: text, field: 'ignore', confidence: 'none' };
  });
}

/** Problems of a mapping the user edited: a single field on two columns, or no title column. */
export function mappingProblems(mapping: readonly ColumnMapping[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const quoted = (columns: readonly ColumnMapping[], joint: string) => columns.map((c) => `"${c.header}"`).join(joint);
  for (const field of IMPORT_FIELDS.filter(isSingleField)) {
    const columns = mapping.filter((m) => m.field === field);
    if (columns.length > 1) {
      problems.push(
        coded('duplicateField', { columns: quoted(columns, ', '), field: englishFieldName(field), fieldId: field }),
      );
    }
  }
  if (!mapping.some((m) => m.field === 'title'))
    problems.push(coded('noTitleColumn', { headers: quoted(mapping, ', ') }));
  const personas = mapping.filter((m) => m.field === 'persona').length;
  if (personas > MAX_PERSONAS) problems.push(coded('tooManyPersonaColumns', { count: personas, max: MAX_PERSONAS }));
  return problems;
}
