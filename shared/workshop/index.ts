/** The live workshop's shared document: a version 2 journey in a Y.Doc (docs/workshop.md). */
export * from './docShape';
export * from './journeyDoc';
export * from './order';
export * from './controls';
export * from './votes';
export * from './keepUnchanged';
export * from './repairMerge';
