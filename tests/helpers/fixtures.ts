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
