/**
 * Where the fields of a journey document are, so mutations can aim at one: every known field
 * of every object in a parsed file, with its JSON type, whether it is required and its range.
 */
type JsonType = 'string' | 'number' | 'boolean' | 'array' | 'object';

interface FieldSpec {
  type: JsonType;
  required: boolean;
  /** Whole numbers between min and max. */
  range?: { min: number; max: number; integer: boolean };
  /** An id this field must name (a reference). */
  refersTo?: 'stage' | 'touchpoint' | 'channel';
  /** The kind of the object, or of each item of the list, this field holds. */
  holds?: Kind;
  /** The field is an id that must be unique. */
  isId?: boolean;
}

type Kind =
  | 'journey'
  | 'persona'
  | 'stage'
  | 'touchpoint'
  | 'pain'
  | 'opportunity'
  | 'metric'
  | 'position'
  | 'connection'
  | 'channel';

const req = (type: JsonType, more: Partial<FieldSpec> = {}): FieldSpec => ({ type, required: true, ...more });
const opt = (type: JsonType, more: Partial<FieldSpec> = {}): FieldSpec => ({ type, required: false, ...more });
const id = req('string', { isId: true });
const score = req('number', { range: { min: 1, max: 5, integer: true } });

export const SPECS: Record<Kind, Record<string, FieldSpec>> = {
  journey: {
    format: req('string'),
    version: req('number'),
    id: req('string'),
    title: req('string'),
    description: opt('string'),
    persona: opt('object', { holds: 'persona' }),
    stages: req('array', { holds: 'stage' }),
    touchpoints: req('array', { holds: 'touchpoint' }),
    connections: req('array', { holds: 'connection' }),
    channels: opt('array', { holds: 'channel' }),
    createdAt: req('string'),
    updatedAt: req('string'),
  },
  persona: {
    name: req('string'),
    description: req('string'),
    goals: req('array'),
    needs: req('array'),
    expectations: req('array'),
  },
  stage: { id, name: req('string'), description: opt('string'), customerGoal: opt('string'), color: opt('string') },
  touchpoint: {
    id,
    stageId: req('string', { refersTo: 'stage' }),
    title: req('string'),
    description: opt('string'),
    channel: req('string', { refersTo: 'channel' }),
    tier: req('string'),
    emotion: opt('number', { range: { min: -2, max: 2, integer: true } }),
    momentOfTruth: req('boolean'),
    painPoints: req('array', { holds: 'pain' }),
    opportunities: req('array', { holds: 'opportunity' }),
    metrics: req('array', { holds: 'metric' }),
    owner: opt('string'),
    notes: opt('string'),
    position: req('object', { holds: 'position' }),
  },
  pain: { id, text: req('string'), severity: score, source: req('string'), evidence: opt('string') },
  opportunity: { id, text: req('string'), impact: score, effort: score, owner: opt('string'), status: req('string') },
  metric: {
    id,
    kpi: req('string'),
    label: opt('string'),
    unit: opt('string'),
    baseline: opt('number'),
    current: opt('number'),
    target: opt('number'),
    higherIsBetter: req('boolean'),
  },
  position: { x: req('number'), y: req('number') },
  connection: {
    id,
    from: req('string', { refersTo: 'touchpoint' }),
    to: req('string', { refersTo: 'touchpoint' }),
    label: opt('string'),
  },
  channel: { id, name: req('string') },
};

export type Path = (string | number)[];

export interface Field {
  path: Path;
  key: string;
  spec: FieldSpec;
  present: boolean;
}

/** Every known field of every object in the document, present or not. */
export function fieldsOf(doc: Record<string, unknown>): Field[] {
  const found: Field[] = [];
  const walk = (value: unknown, kind: Kind, path: Path) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    const object = value as Record<string, unknown>;
    for (const [key, spec] of Object.entries(SPECS[kind])) {
      const present = Object.hasOwn(object, key);
      found.push({ path: [...path, key], key, spec, present });
      if (!present || !spec.holds) continue;
      const child = object[key];
      if (Array.isArray(child)) child.forEach((item, i) => walk(item, spec.holds!, [...path, key, i]));
      else walk(child, spec.holds, [...path, key]);
    }
  };
  walk(doc, 'journey', []);
  return found;
}

/** The objects of the document (for adding keys): the root, and every object a known field holds. */
export function objectPaths(doc: Record<string, unknown>): Path[] {
  const paths: Path[] = [[]];
  for (const field of fieldsOf(doc)) {
    if (!field.present || !field.spec.holds) continue;
    const value = get(doc, field.path);
    if (Array.isArray(value)) value.forEach((_, i) => paths.push([...field.path, i]));
    else paths.push(field.path);
  }
  return paths;
}

export function get(doc: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], doc);
}

/** Sets (or with `undefined`, deletes) the value at path. The parent must exist. */
export function set(doc: unknown, path: Path, value: unknown): void {
  const parent = get(doc, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  if (value === undefined) delete parent[key];
  else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The way the loader writes a path in a problem: `touchpoints[0].painPoints[1].severity`. */
export function formatPath(path: Path): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}
