/** Schema plus the rules a schema cannot say: references resolve and ids are unique. */
import type { z } from 'zod';
import { BUILT_IN_CHANNEL_IDS } from './catalogues';
import { journeyFileSchemaV1 } from './fileSchema';
import { journeySchema, type ReferenceTarget } from './schema';
import { idFieldsOf } from './schemaWalk';
import type { JourneyV1, Problem } from './types';

export type ValidationResultV1 = { ok: true; journey: JourneyV1 } | { ok: false; problems: Problem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** A zod error as `path: message` problems in words a person reads (every format version's). */
export function schemaProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: readable(issue) }));
}

/** zod's default wording, trimmed to what a person needs. */
function readable(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return `is required (${issue.expected})`;
    if (issue.expected === 'int') return `must be a whole number, not ${describeValue(issue.input)}`;
    // JSON reads 1e999 as Infinity, which zod counts as "not a number".
    if (issue.expected === 'number' && typeof issue.input === 'number')
      return `must be a finite number, not ${String(issue.input)}`;
    return `must be ${article(issue.expected === 'array' ? 'list' : issue.expected)}, not ${describeValue(issue.input)}`;
  }
  if (issue.code === 'too_big' && issue.origin === 'array')
    return `must have at most ${String(issue.maximum)} entries${lengthOf(issue.input)}`;
  if (issue.code === 'too_small' && issue.origin === 'array')
    return `must have at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'entry' : 'entries'}${lengthOf(issue.input)}`;
  if (issue.code === 'invalid_key') return `is not a valid key: ${issue.issues.map(readable).join('; ')}`;
  if (issue.code === 'too_big')
    return `must be at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `must be at least ${String(issue.minimum)}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message.replace(/^Invalid input: /, '');
}

function lengthOf(input: unknown): string {
  return Array.isArray(input) ? ` (it has ${input.length})` : '';
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

const MISSING_REFERENCE: Record<ReferenceTarget, (id: string) => string> = {
  stage: (id) => `no stage has the id "${id}"`,
  touchpoint: (id) => `no touchpoint has the id "${id}"`,
  channel: (id) => `"${id}" is neither a built-in channel nor one of the file's channels`,
};

/** The rules beyond the schema: item ids are unique across the document, and references resolve. */
export function referenceProblems(journey: JourneyV1): Problem[] {
  const problems: Problem[] = [];
  const fields = idFieldsOf(journey, journeySchema);
  const seen = new Map<string, string>();
  const targets: Record<ReferenceTarget, Set<string>> = {
    stage: new Set(),
    touchpoint: new Set(),
    channel: new Set(BUILT_IN_CHANNEL_IDS),
  };
  for (const { path, value, role } of fields) {
    if (role.role !== 'item') continue;
    const at = formatPath(path);
    if (role.kind === 'channel' && BUILT_IN_CHANNEL_IDS.includes(value)) {
      problems.push({ path: at, message: `"${value}" is a built-in channel and cannot be redefined` });
      continue;
    }
    const first = seen.get(value);
    if (first !== undefined) problems.push({ path: at, message: `repeats the id "${value}" already used at ${first}` });
    else seen.set(value, at);
    if (role.kind in targets) targets[role.kind as ReferenceTarget].add(value);
  }
  for (const { path, value, role } of fields) {
    if (role.role === 'reference' && !targets[role.to].has(value))
      problems.push({ path: formatPath(path), message: MISSING_REFERENCE[role.to](value) });
  }
  return problems;
}

/** Validates a current-version document. Migrate older ones first (see load.ts). */
export function validateJourneyV1(value: unknown): ValidationResultV1 {
  const parsed = journeyFileSchemaV1.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const problems = referenceProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, journey: parsed.data };
}
