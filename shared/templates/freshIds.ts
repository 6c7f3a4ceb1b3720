/** Gives a document new ids everywhere and rewires every reference to them. */
import { newId, newItemId } from '../model/factory';
import { DOCUMENT_ID_PREFIX, journeySchema, type ItemKind } from '../model/schema';
import { idFieldsOf, mapIdFields } from '../model/schemaWalk';
import type { Journey } from '../model/types';

export function withFreshIds(source: Journey, now: Date): Journey {
  // Which fields are ids and references comes from the schema, so a new one is rewired too.
  const renamed = new Map<ItemKind, Map<string, string>>();
  for (const { value, role } of idFieldsOf(source, journeySchema)) {
    if (role.role !== 'item') continue;
    const ids = renamed.get(role.kind) ?? new Map<string, string>();
    ids.set(value, newItemId(role.kind));
    renamed.set(role.kind, ids);
  }
  const at = now.toISOString();
  const journey = mapIdFields(source, journeySchema, (role, old) => {
    if (role.role === 'document') return newId(DOCUMENT_ID_PREFIX);
    // A reference to a built-in channel is not in the map and stays as it is.
    return renamed.get(role.role === 'item' ? role.kind : role.to)?.get(old) ?? old;
  });
  return { ...journey, createdAt: at, updatedAt: at };
}
