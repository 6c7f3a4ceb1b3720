/** Schema plus the rules a schema cannot say: references resolve and ids are unique. */
import type { z } from 'zod';
import { BUILT_IN_CHANNEL_IDS } from './catalogues';
import { journeySchema } from './schema';
import type { Journey, Problem } from './types';

export type ValidationResult = { ok: true; journey: Journey } | { ok: false; problems: Problem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function schemaProblems(error: z.ZodError): Problem[] {
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
  if (issue.code === 'too_big')
    return `must be at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `must be at least ${String(issue.minimum)}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message.replace(/^Invalid input: /, '');
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

export function referenceProblems(journey: Journey): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const first = seen.get(id);
    if (first !== undefined) problems.push({ path, message: `repeats the id "${id}" already used at ${first}` });
    else seen.set(id, path);
  };
  journey.stages.forEach((s, i) => claim(s.id, `stages[${i}].id`));
  journey.touchpoints.forEach((t, i) => {
    claim(t.id, `touchpoints[${i}].id`);
    t.painPoints.forEach((p, j) => claim(p.id, `touchpoints[${i}].painPoints[${j}].id`));
    t.opportunities.forEach((o, j) => claim(o.id, `touchpoints[${i}].opportunities[${j}].id`));
    t.metrics.forEach((m, j) => claim(m.id, `touchpoints[${i}].metrics[${j}].id`));
  });
  journey.connections.forEach((c, i) => claim(c.id, `connections[${i}].id`));
  (journey.channels ?? []).forEach((c, i) => {
    if (BUILT_IN_CHANNEL_IDS.includes(c.id)) {
      problems.push({ path: `channels[${i}].id`, message: `"${c.id}" is a built-in channel and cannot be redefined` });
    } else claim(c.id, `channels[${i}].id`);
  });

  const stageIds = new Set(journey.stages.map((s) => s.id));
  const touchpointIds = new Set(journey.touchpoints.map((t) => t.id));
  const channelIds = new Set([...BUILT_IN_CHANNEL_IDS, ...(journey.channels ?? []).map((c) => c.id)]);
  journey.touchpoints.forEach((t, i) => {
    if (!stageIds.has(t.stageId))
      problems.push({ path: `touchpoints[${i}].stageId`, message: `no stage has the id "${t.stageId}"` });
    if (!channelIds.has(t.channel)) {
      problems.push({
        path: `touchpoints[${i}].channel`,
        message: `"${t.channel}" is neither a built-in channel nor one of the file's channels`,
      });
    }
  });
  journey.connections.forEach((c, i) => {
    if (!touchpointIds.has(c.from))
      problems.push({ path: `connections[${i}].from`, message: `no touchpoint has the id "${c.from}"` });
    if (!touchpointIds.has(c.to))
      problems.push({ path: `connections[${i}].to`, message: `no touchpoint has the id "${c.to}"` });
  });
  return problems;
}

/** Validates a current-version document. Migrate older ones first (see load.ts). */
export function validateJourney(value: unknown): ValidationResult {
  const parsed = journeySchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const problems = referenceProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, journey: parsed.data };
}
