/** Gives a document new ids everywhere and rewires every reference to them. */
import { newId } from '../model/factory';
import { DOCUMENT_ID_PREFIX } from '../model/schema';
import type { Journey } from '../model/types';
import { newItemIdV2 } from '../model/v2/factory';
import { journeySchemaV2 } from '../model/v2/schema';
import { walkV2 } from '../model/v2/walk';

export function withFreshIds(source: Journey, now: Date): Journey {
  // Which fields are ids and references comes from the schema, so a new one is rewired too.
  // Version 2's ids are unique across the document, so one map serves every kind.
  const renamed = new Map<string, string>();
  for (const { value, role } of walkV2.idFieldsOf(source, journeySchemaV2)) {
    if (role.role === 'item' && !renamed.has(value)) renamed.set(value, newItemIdV2(role.kind));
  }
  const at = now.toISOString();
  const journey = walkV2.mapIdFields(source, journeySchemaV2, (role, old) => {
    if (role.role === 'document') return newId(DOCUMENT_ID_PREFIX);
    // A reference to a built-in channel is not in the map and stays as it is.
    return renamed.get(old) ?? old;
  });
  return { ...journey, createdAt: at, updatedAt: at };
}
