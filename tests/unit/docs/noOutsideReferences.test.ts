/**
 * The repository explains itself: code comments, tests and docs point to docs/ in this
 * repository, never to design notes that live outside it (a reader of the repository has none).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Built from pieces so this file does not match itself. */
const NOTES = ['DESIGN', 'CONVENTIONS', 'DOMAIN'].map((name) => `${name}.md`);
const PARENT_SHARED = `\\.\\./${'shared'}`;
const OUTSIDE = new RegExp(
  `${NOTES.map((n) => n.replace('.', '\\.')).join('|')}|${PARENT_SHARED}(?![/\\w])|${PARENT_SHARED}/[A-Z]`,
);
const TEXT = /\.(ts|tsx|js|mjs|cjs|json|md|yml|yaml|html|css|sh)$|^\.ci\/run$/;

/** Tracked and new (not ignored) files, as git sees the working tree. */
function repositoryFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return out.split('\n').filter((path) => path !== '' && TEXT.test(path));
}

describe('references', () => {
  it('point inside the repository', () => {
    const found: string[] = [];
    for (const path of repositoryFiles()) {
      let text: string;
      try {
        text = readFileSync(join(ROOT, path), 'utf8');
      } catch {
        continue; // deleted in the working tree
      }
      text.split('\n').forEach((line, i) => {
        if (OUTSIDE.test(line)) found.push(`${path}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('would catch each kind of outside reference', () => {
    const up = ['..', 'shared'].join('/');
    const outside = [...NOTES.map((n) => `see ${n} "Layers"`), `described in \`${up}/X.md\``, `in ${up}`];
    for (const line of outside) expect(OUTSIDE.test(line), line).toBe(true);
    for (const line of ["import { x } from '../shared/model';", 'see docs/format.md', "from '../../shared/render'"]) {
      expect(OUTSIDE.test(line), line).toBe(false);
    }
  });
});
