/**
 * The version 2 model (docs/format.md "Version 2"). The app still reads and writes version 1
 * through ../index.ts; switching over means loading with `loadJourneyTextV2` (which accepts
 * versions 0, 1 and 2 and returns migration notes) and saving with `serializeJourneyV2`.
 */
export * from './schema';
export * from './types';
export * from './walk';
export * from './fileSchema';
export * from './wellFormed';
export * from './rules';
export * from './validate';
export * from './migrate';
export * from './load';
export * from './serialize';
export * from './order';
export * from './factory';
export * from './jsonSchema';
