/** Versions of a journey: the difference between two of them (in sentences and in each format of `journey-studio diff`), and the three-way merge of `journey-studio merge`. */
export * from './types';
export * from './diffJourneys';
export * from './sentences';
export * from './renderDiff';
export * from './mergeTypes';
export * from './mergeJourneys';
export * from './mergeReport';
export * from './compareView';
