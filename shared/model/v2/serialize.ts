/**
 * Version 2 file text: keys in the order of v2/schema.ts, unknown keys after the known ones in
 * the order they came, a touchpoint's emotions in the order they came, 2-space indent and a
 * trailing newline, so saving an unchanged document gives the same bytes (../serialize.ts).
 */
import { serializeBySchema } from '../serialize';
import { journeySchemaV2 } from './schema';
import type { JourneyV2 } from './types';
import { walkV2 } from './walk';

export function serializeJourneyV2(journey: JourneyV2): string {
  return serializeBySchema(journey, journeySchemaV2, walkV2.fieldsOfSchema);
}
