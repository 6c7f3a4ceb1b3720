/**
 * Stable serializer: fixed key order (DESIGN.md order), unknown keys after the known ones
 * in the order they came, 2-space indent, trailing newline. Saving an unchanged document
 * is byte-identical, so journey files diff well in git.
 */
import type { Journey } from './types';

interface Shape {
  keys: readonly string[];
  children?: Record<string, Shape>;
  lists?: Record<string, Shape>;
}

const position: Shape = { keys: ['x', 'y'] };
const painPoint: Shape = { keys: ['id', 'text', 'severity', 'source', 'evidence'] };
const opportunity: Shape = { keys: ['id', 'text', 'impact', 'effort', 'owner', 'status'] };
const metric: Shape = { keys: ['id', 'kpi', 'label', 'unit', 'baseline', 'current', 'target', 'higherIsBetter'] };
const touchpoint: Shape = {
  keys: [
    'id',
    'stageId',
    'title',
    'description',
    'channel',
    'tier',
    'emotion',
    'momentOfTruth',
    'painPoints',
    'opportunities',
    'metrics',
    'owner',
    'notes',
    'position',
  ],
  children: { position },
  lists: { painPoints: painPoint, opportunities: opportunity, metrics: metric },
};
const journeyShape: Shape = {
  keys: [
    'format',
    'version',
    'id',
    'title',
    'description',
    'persona',
    'stages',
    'touchpoints',
    'connections',
    'channels',
    'createdAt',
    'updatedAt',
  ],
  children: { persona: { keys: ['name', 'description', 'goals', 'needs', 'expectations'] } },
  lists: {
    stages: { keys: ['id', 'name', 'description', 'customerGoal', 'color'] },
    touchpoints: touchpoint,
    connections: { keys: ['id', 'from', 'to', 'label'] },
    channels: { keys: ['id', 'name'] },
  },
};

function ordered(value: unknown, shape: Shape): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const source = value as Record<string, unknown>;
  // Object.create(null) + defineProperty-free assignment of plain keys: loaded files never
  // contain __proto__ (refused at parse), and a null prototype makes that moot anyway.
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const put = (key: string) => {
    const v = source[key];
    if (v === undefined) return;
    // Own keys only: an unknown field named "toString" or "valueOf" must not find Object.prototype's.
    const child = shape.children && Object.hasOwn(shape.children, key) ? shape.children[key] : undefined;
    const list = shape.lists && Object.hasOwn(shape.lists, key) ? shape.lists[key] : undefined;
    if (child) out[key] = ordered(v, child);
    else if (list && Array.isArray(v)) out[key] = v.map((item) => ordered(item, list));
    else out[key] = v;
  };
  for (const key of shape.keys) put(key);
  for (const key of Object.keys(source)) if (!shape.keys.includes(key)) put(key);
  return out;
}

export function serializeJourney(journey: Journey): string {
  return `${JSON.stringify(ordered(journey, journeyShape), null, 2)}\n`;
}
