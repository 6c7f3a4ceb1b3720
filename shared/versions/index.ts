/** Versions of a journey: the difference between two of them, in sentences and in each format of `journey-studio diff`. */
export * from './types';
export * from './diffJourneys';
export * from './sentences';
export * from './renderDiff';
