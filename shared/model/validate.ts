/** Schema plus the rules a schema cannot say: references resolve and ids are unique. */
import type { z } from 'zod';
import { BUILT_IN_CHANNEL_IDS } from './catalogues';
import { journeyFileSchemaV1 } from './fileSchema';
import { journeySchema, type ReferenceTarget } from './schema';
import { idFieldsOf } from './schemaWalk';
import type { JourneyV1, Problem } from './types';
import { worded, type Worded } from './worded';

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
  return error.issues.map((issue) => ({ path: formatPath(issue.path), ...readable(issue) }));
}

/** The schema's own messages (schema.ts), by the code the app words them with. */
const CUSTOM_MESSAGE_CODES: Record<string, string> = {
  'must not be empty': 'notEmpty',
  'must be a colour like #aabbcc': 'colour',
  'must be a finite number': 'finite',
  'must be an ISO-8601 date and time': 'isoDateTime',
};

/** zod's default wording, trimmed to what a person needs; an issue met nowhere here stays English. */
function readable(issue: z.core.$ZodIssue): Worded {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined)
      return worded(`is required (${issue.expected})`, 'required', { expected: issue.expected });
    if (issue.expected === 'int') {
      const actual = describeValue(issue.input);
      return worded(`must be a whole number, not ${actual.text}`, 'notWhole', actual.values);
    }
    // JSON reads 1e999 as Infinity, which zod counts as "not a number".
    if (issue.expected === 'number' && typeof issue.input === 'number')
      return worded(`must be a finite number, not ${String(issue.input)}`, 'notFinite', { value: String(issue.input) });
    const expected = issue.expected === 'array' ? 'list' : issue.expected;
    const actual = describeValue(issue.input);
    return worded(`must be ${article(expected)}, not ${actual.text}`, 'wrongType', { expected, ...actual.values });
  }
  const counted = Array.isArray(issue.input) ? { count: issue.input.length } : undefined;
  if (issue.code === 'too_big' && issue.origin === 'array') {
    const maximum = String(issue.maximum);
    return worded(
      `must have at most ${maximum} entries${lengthOf(issue.input)}`,
      counted ? 'atMostEntriesCounted' : 'atMostEntries',
      { maximum, ...counted },
    );
  }
  if (issue.code === 'too_small' && issue.origin === 'array') {
    const minimum = String(issue.minimum);
    const one = issue.minimum === 1;
    return worded(
      `must have at least ${minimum} ${one ? 'entry' : 'entries'}${lengthOf(issue.input)}`,
      `${one ? 'atLeastOneEntry' : 'atLeastEntries'}${counted ? 'Counted' : ''}`,
      { minimum, ...counted },
    );
  }
  if (issue.code === 'invalid_key')
    return worded(`is not a valid key: ${issue.issues.map((i) => readable(i).message).join('; ')}`);
  if (issue.code === 'too_big') {
    const maximum = String(issue.maximum);
    return issue.origin === 'string'
      ? worded(`must be at most ${maximum} characters`, 'tooLong', { maximum })
      : worded(`must be at most ${maximum}`, 'atMost', { maximum });
  }
  if (issue.code === 'too_small' && issue.origin === 'number')
    return worded(`must be at least ${String(issue.minimum)}`, 'atLeast', { minimum: String(issue.minimum) });
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return worded(`must be one of ${values}`, 'oneOf', { values });
  }
  const message = issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'unrecognized_keys' && /^Unrecognized keys?: /.test(message)) {
    const keys = issue.keys.map((key) => JSON.stringify(key)).join(', ');
    // zod's own words, kept in English as they are; the code says the same in the UI language.
    return worded(message, issue.keys.length === 1 ? 'unrecognizedKey' : 'unrecognizedKeys', { keys });
  }
  return worded(message, Object.hasOwn(CUSTOM_MESSAGE_CODES, message) ? CUSTOM_MESSAGE_CODES[message] : undefined);
}

function lengthOf(input: unknown): string {
  return Array.isArray(input) ? ` (it has ${input.length})` : '';
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/**
 * A wrong value as English names it, and as values for the app to name it in its language:
 * `actualKind` (null, list, object, text, or a JavaScript type) and `actual` (the text or value).
 */
function describeValue(value: unknown): { text: string; values: Record<string, string> } {
  if (value === null) return { text: 'null', values: { actualKind: 'null', actual: '' } };
  if (Array.isArray(value)) return { text: 'a list', values: { actualKind: 'list', actual: '' } };
  if (typeof value === 'object') return { text: 'an object', values: { actualKind: 'object', actual: '' } };
  if (typeof value === 'string') {
    const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    return { text: `the text ${shown}`, values: { actualKind: 'text', actual: shown } };
  }
  return { text: `${typeof value} ${String(value)}`, values: { actualKind: typeof value, actual: String(value) } };
}

const MISSING_REFERENCE: Record<ReferenceTarget, (id: string) => Worded> = {
  stage: (id) => worded(`no stage has the id "${id}"`, 'noStage', { id }),
  touchpoint: (id) => worded(`no touchpoint has the id "${id}"`, 'noTouchpoint', { id }),
  channel: (id) => worded(`"${id}" is neither a built-in channel nor one of the file's channels`, 'noChannel', { id }),
};

/** Rules both versions share, in both versions' words. */
export function builtInChannelRedefined(id: string): Worded {
  return worded(`"${id}" is a built-in channel and cannot be redefined`, 'builtInChannel', { id });
}

export function repeatedId(id: string, first: string): Worded {
  return worded(`repeats the id "${id}" already used at ${first}`, 'repeatedId', { id, first });
}

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
      problems.push({ path: at, ...builtInChannelRedefined(value) });
      continue;
    }
    const first = seen.get(value);
    if (first !== undefined) problems.push({ path: at, ...repeatedId(value, first) });
    else seen.set(value, at);
    if (role.kind in targets) targets[role.kind as ReferenceTarget].add(value);
  }
  for (const { path, value, role } of fields) {
    if (role.role === 'reference' && !targets[role.to].has(value))
      problems.push({ path: formatPath(path), ...MISSING_REFERENCE[role.to](value) });
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
