/**
 * How a version 2 journey lies in a Y.Doc (docs/workshop.md "The shared document"). Everything
 * hangs off one root map, `journey`, so an empty document is recognisable and one transaction
 * covers the whole journey:
 *
 * - plain fields (title, createdAt, a persona's goals, a card's position, unknown keys) are
 *   atomic values: concurrent writes of one field keep one of them, writes of different fields
 *   both survive;
 * - lists of things with ids (stages, touchpoints, a touchpoint's pain points...) are
 *   collections: a Y.Map `items` from id to a Y.Map of the item's fields, and a Y.Array `order`
 *   of ids, so two people editing two cards, or two fields of one card, never collide, and a
 *   reordering touches only the order;
 * - records (a touchpoint's emotions per persona) are Y.Maps, one key per persona.
 */

/** The root map's name in the Y.Doc. */
export const JOURNEY_ROOT = 'journey';
export const ORDER_KEY = 'order';
export const ITEMS_KEY = 'items';

/** What a field of an object holds, where it is not an atomic value. */
export type FieldShape = { kind: 'collection'; item: ObjectShape } | { kind: 'record' };
/** The fields of an object that are collections or records; every other field is atomic. */
export type ObjectShape = Readonly<Record<string, FieldShape>>;

const plainItem: ObjectShape = {};

const touchpointShape: ObjectShape = {
  emotions: { kind: 'record' },
  painPoints: { kind: 'collection', item: plainItem },
  opportunities: { kind: 'collection', item: plainItem },
  metrics: { kind: 'collection', item: plainItem },
};

/** The journey itself: its top-level lists of things with ids. */
export const JOURNEY_SHAPE: ObjectShape = {
  personas: { kind: 'collection', item: plainItem },
  stages: { kind: 'collection', item: plainItem },
  lanes: { kind: 'collection', item: plainItem },
  touchpoints: { kind: 'collection', item: touchpointShape },
  steps: { kind: 'collection', item: plainItem },
  connections: { kind: 'collection', item: plainItem },
  channels: { kind: 'collection', item: plainItem },
};
