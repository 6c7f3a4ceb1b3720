/**
 * The repository as a new user gets it: a git clone of the committed HEAD (what CI and a fresh
 * machine see), or with DESKTOP_CHAIN_SOURCE=worktree the working tree's tracked and unignored
 * files, to try uncommitted changes. Without git, the folder minus what installing and building
 * make (node_modules, out, dist).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const MADE_HERE = new Set(['node_modules', 'out', 'dist', '.git', 'test-results', 'playwright-report']);

export function freshCopy(root: string, target: string, source = process.env.DESKTOP_CHAIN_SOURCE): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  let head: string;
  try {
    head = git('rev-parse', '--short', 'HEAD').trim();
  } catch {
    cpSync(root, target, { recursive: true, filter: (path) => !MADE_HERE.has(basename(path)) });
    return `copy of ${root} (not a git checkout)`;
  }
  if (source === 'worktree') {
    mkdirSync(target, { recursive: true });
    const files = git('ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
    for (const file of files) {
      if (!existsSync(join(root, file))) continue; // deleted in the working tree
      mkdirSync(dirname(join(target, file)), { recursive: true });
      copyFileSync(join(root, file), join(target, file));
    }
    return `working tree of ${root} (${files.length} files)`;
  }
  execFileSync('git', ['clone', '--quiet', root, target]);
  return `git clone of ${root} at ${head}`;
}
