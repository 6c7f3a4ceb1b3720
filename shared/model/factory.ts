/**
 * Defaults for every node kind (tldraw's ShapeUtil split: defaults in shared/, views in renderer/).
 * Names and titles default to empty: the model holds no UI words; the editor names what it
 * creates from the catalogue in the UI language (`newItem.*`, `app.untitled`).
 */
import { DOCUMENT_ID_PREFIX, FORMAT_NAME, FORMAT_VERSION, ITEM_ID_PREFIXES, type ItemKind } from './schema';
import type { Connection, Journey, Stage, Touchpoint } from './types';

/** Collision-resistant ids without crypto (shared/ stays free of Node and DOM). */
let counter = 0;
export function newId(prefix: string): string {
  counter = (counter + 1) % 1_679_616;
  const time = Date.now().toString(36);
  const rand = Math.floor(Math.random() * 1_679_616)
    .toString(36)
    .padStart(4, '0');
  return `${prefix}-${time}${counter.toString(36).padStart(4, '0')}${rand}`;
}

/** A new id for an item of this kind, with the kind's prefix (`tp-…`, `pain-…`). */
export function newItemId(kind: ItemKind): string {
  return newId(ITEM_ID_PREFIXES[kind]);
}

export function createJourney(options: { title?: string; now?: Date } = {}): Journey {
  const now = (options.now ?? new Date()).toISOString();
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    id: newId(DOCUMENT_ID_PREFIX),
    title: options.title ?? '',
    stages: [],
    touchpoints: [],
    connections: [],
    createdAt: now,
    updatedAt: now,
  };
}

export function createStage(fields: Partial<Stage> = {}): Stage {
  return { id: newItemId('stage'), name: '', ...fields };
}

export function createTouchpoint(stageId: string, fields: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id: newItemId('touchpoint'),
    stageId,
    title: '',
    channel: 'website',
    tier: 'utility',
    momentOfTruth: false,
    painPoints: [],
    opportunities: [],
    metrics: [],
    position: { x: 24, y: 24 },
    ...fields,
  };
}

export function createConnection(from: string, to: string, fields: Partial<Connection> = {}): Connection {
  return { id: newItemId('connection'), from, to, ...fields };
}
