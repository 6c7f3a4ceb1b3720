/**
 * The journey's keys that are not its own fields, for the diff and the merge alike: the format's
 * envelope, updatedAt (never a change), and the collections compared entity by entity by id.
 */
export const NOT_JOURNEY_FIELDS: ReadonlySet<string> = new Set([
  'format',
  'version',
  'updatedAt',
  'personas',
  'stages',
  'lanes',
  'touchpoints',
  'steps',
  'connections',
  'channels',
]);
