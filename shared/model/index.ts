/**
 * The model the app uses: format version 2 (docs/format.md). `Journey`, `Touchpoint`,
 * `loadJourneyText`, `serializeJourney`, `validateJourney`, `createJourney`… mean version 2;
 * version 1 keeps explicit `…V1` names (its loader, its migration, the diff's older input).
 */
export * from './catalogues';
export * from './schema';
export * from './types';
export * from './jsonText';
export * from './migrate';
export * from './validate';
export * from './load';
export * from './serialize';
export * from './factory';
export * from './fileSchema';
export * from './v2';
export * from './emotion';
export {
  FORMAT_VERSION_V2 as FORMAT_VERSION,
  loadJourneyTextV2 as loadJourneyText,
  upgradeToV2 as upgradeJourney,
  validateJourneyV2 as validateJourney,
  serializeJourneyV2 as serializeJourney,
  journeyFileSchemaV2 as journeyFileSchema,
  createJourneyV2 as createJourney,
  createTouchpointV2 as createTouchpoint,
  createConnectionV2 as createConnection,
  type LoadResultV2 as LoadResult,
  type ValidationResultV2 as ValidationResult,
} from './v2';
