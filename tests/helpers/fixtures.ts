import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const VALID_SAMPLE = join(FIXTURES, 'valid', 'coffee-order.journey');
export const BROKEN_DIR = join(FIXTURES, 'broken');

export const readFixture = (path: string) => readFileSync(path, 'utf8');
export const brokenFixtures = () =>
  readdirSync(BROKEN_DIR)
    .filter((f) => f.endsWith('.journey'))
    .sort();

/** Format version 2: a valid blueprint, the broken-file corpus, and the migration's hand-written cases. */
export const VALID_V2_SAMPLE = join(FIXTURES, 'valid-v2', 'dental-blueprint.journey');
export const BROKEN_V2_DIR = join(FIXTURES, 'broken-v2');
export const MIGRATION_DIR = join(FIXTURES, 'migration');
export const brokenV2Fixtures = () =>
  readdirSync(BROKEN_V2_DIR)
    .filter((f) => f.endsWith('.journey'))
    .sort();
/** A hand-written (compactly laid out) file as the serializer writes it: same keys in the same order, re-indented. */
export const asSavedText = (text: string) => `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
