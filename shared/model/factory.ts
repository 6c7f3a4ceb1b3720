/**
 * Ids, and defaults shared by every format version (v2/factory.ts makes journeys, lanes, cards
 * and connections). Defaults for every node kind (tldraw's ShapeUtil split: defaults in shared/, views in renderer/).
 * Names and titles default to empty: the model holds no UI words; the editor names what it
 * creates from the catalogue in the UI language (`newItem.*`, `app.untitled`).
 */
import { ITEM_ID_PREFIXES, type ItemKind } from './schema';
import type { Stage } from './types';

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

export function createStage(fields: Partial<Stage> = {}): Stage {
  return { id: newItemId('stage'), name: '', ...fields };
}
