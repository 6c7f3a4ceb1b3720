/**
 * Ways to break a valid journey file, each aimed at one generated place and each saying which
 * problem the loader must report: wrong types, out-of-range numbers, missing fields, dangling
 * references, repeated ids, huge ids, deep nesting, prototype keys, newer versions.
 */
import fc from 'fast-check';
import {
  FORBIDDEN_KEYS,
  FORMAT_VERSION_V1 as FORMAT_VERSION,
  MAX_ID_LENGTH,
  MAX_NESTING,
  serializeJourneyV1 as serializeJourney,
  type JourneyV1 as Journey,
} from '../../../shared/model';
import { fieldsOf, formatPath, get, objectPaths, set, type Field } from './journeyFields';
import { journeyArbitrary } from './journeyArbitraries';

/** A problem the loader must report: at this path (when given), with a message that matches. */
export interface ExpectedProblem {
  path?: string;
  message: RegExp;
}

export interface Mutation {
  kind: string;
  text: string;
  expected: ExpectedProblem;
}

/** The kinds any format version's documents can be broken in (version 2 adds its own, journeyV2Mutations.ts). */
export const MUTATION_KINDS = [
  'wrong-type',
  'out-of-range',
  'not-finite',
  'missing-field',
  'dangling-reference',
  'repeated-id',
  'huge-id',
  'empty-id',
  'deep-nesting',
  'prototype-key',
  'newer-version',
] as const;
export type Kind = (typeof MUTATION_KINDS)[number];

const OTHER_TYPES: Record<string, unknown[]> = {
  string: [42, true, null, [], {}],
  number: ['7', true, null, [], {}],
  boolean: ['yes', 1, null, [], {}],
  array: ['[]', 3, null, {}, true],
  object: ['{}', 3, null, [], false],
};
/** Stands for a number JSON.stringify cannot write; swapped for 1e999 (Infinity when parsed) in the text. */
export const INFINITY_MARK = '\u0000INFINITY\u0000';

export const pickFrom = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(1, items.length)];

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { level: value };
  return value;
}

export type Mutate = (
  doc: Record<string, unknown>,
  fields: Field[],
  pick: number,
  variant: number,
) => ExpectedProblem | null;

export const at = (field: Field) => formatPath(field.path);

export const MUTATE: Record<Kind, Mutate> = {
  'wrong-type': (doc, fields, pick, variant) => {
    const field = pickFrom(
      fields.filter((f) => f.present),
      pick,
    )!;
    set(doc, field.path, pickFrom(OTHER_TYPES[field.spec.type]!, variant));
    return { path: at(field), message: /./ };
  },
  'out-of-range': (doc, fields, pick, variant) => {
    const field = pickFrom(
      fields.filter((f) => f.present && f.spec.range),
      pick,
    );
    if (!field) return null;
    const { min, max } = field.spec.range!;
    set(doc, field.path, pickFrom([min - 1, max + 1, min + 0.5, 1e21, -1e21, max + 1000], variant));
    return { path: at(field), message: /at least|at most|whole number/ };
  },
  'not-finite': (doc, fields, pick) => {
    const field = pickFrom(
      fields.filter((f) => f.present && f.spec.type === 'number' && !f.spec.range && !f.spec.isLiteral),
      pick,
    );
    if (!field) return null;
    set(doc, field.path, INFINITY_MARK);
    return { path: at(field), message: /finite/ };
  },
  'missing-field': (doc, fields, pick) => {
    const field = pickFrom(
      fields.filter((f) => f.present && f.spec.required),
      pick,
    )!;
    set(doc, field.path, undefined);
    return { path: at(field), message: /required|expected|whole number|must be one of/ };
  },
  'dangling-reference': (doc, fields, pick, variant) => {
    const field = pickFrom(
      fields.filter((f) => f.present && f.spec.refersTo),
      pick,
    );
    if (!field) return null;
    set(doc, field.path, `missing-${field.spec.refersTo}-${variant}`);
    return {
      path: at(field),
      message:
        /no (stage|touchpoint|lane|persona) has the id|no touchpoint or step has the id|neither a built-in channel/,
    };
  },
  'repeated-id': (doc, fields, pick, variant) => {
    const ids = fields.filter((f) => f.present && f.spec.isId);
    if (ids.length < 2) return null;
    const from = pickFrom(ids, pick)!;
    const to = pickFrom(
      ids.filter((f) => f !== from),
      variant,
    )!;
    set(doc, to.path, get(doc, from.path));
    return { message: /repeats the id/ };
  },
  'huge-id': (doc, fields, pick, variant) => {
    const field = pickFrom(
      fields.filter((f) => f.present && (f.spec.isId || f.spec.isDocumentId || f.spec.refersTo)),
      pick,
    );
    if (!field) return null;
    set(doc, field.path, 'x'.repeat(MAX_ID_LENGTH + 1 + (variant % 100_000)));
    return { path: at(field), message: new RegExp(`at most ${MAX_ID_LENGTH} characters`) };
  },
  'empty-id': (doc, fields, pick) => {
    const field = pickFrom(
      fields.filter((f) => f.present && (f.spec.isId || f.spec.isDocumentId || f.spec.refersTo)),
      pick,
    );
    if (!field) return null;
    set(doc, field.path, '');
    return { path: at(field), message: /must not be empty/ };
  },
  'deep-nesting': (doc, fields, pick, variant) => {
    const where = pickFrom(objectPaths(doc, fields), pick)!;
    set(doc, [...where, `deep${variant % 10}`], nested(MAX_NESTING + 1 + (variant % 300)));
    return { message: new RegExp(`nested more than ${MAX_NESTING} levels deep`) };
  },
  'prototype-key': (doc, fields, pick, variant) => {
    const where = pickFrom(objectPaths(doc, fields), pick)!;
    const key = pickFrom([...FORBIDDEN_KEYS], variant)!;
    set(doc, [...where, key], { polluted: 'yes', isAdmin: true });
    return { path: formatPath([...where, key]), message: /is not allowed/ };
  },
  'newer-version': (doc, _fields, _pick, variant) => {
    set(doc, ['version'], FORMAT_VERSION + 1 + (variant % 1000));
    return { path: 'version', message: /newer Journey Studio/ };
  },
};

/** Applies one mutation to a serialized copy of the journey; falls back to removing a root field. */
export function mutate(journey: Journey, kind: Kind, pick: number, variant: number): Mutation {
  const doc = JSON.parse(serializeJourney(journey)) as Record<string, unknown>;
  const fields = fieldsOf(doc);
  let applied: Kind = kind;
  let expected = MUTATE[kind](doc, fields, pick, variant);
  if (!expected) {
    applied = 'missing-field';
    expected = MUTATE['missing-field'](doc, fields, pick, variant)!;
  }
  const text = JSON.stringify(doc, null, 2).replaceAll(JSON.stringify(INFINITY_MARK), '1e999');
  return { kind: applied, text, expected };
}

export const mutationArbitrary = fc
  .record({
    journey: journeyArbitrary(),
    kind: fc.constantFrom(...MUTATION_KINDS),
    pick: fc.nat(),
    variant: fc.nat(),
  })
  .map(({ journey, kind, pick, variant }) => mutate(journey, kind, pick, variant));
