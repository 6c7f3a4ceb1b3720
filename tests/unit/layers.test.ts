/**
 * The layer rule of DESIGN.md, checked mechanically (VS Code's code-layering idea): every
 * import in every source file is resolved to a layer and checked against what that layer may use.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

type Layer = 'shared' | 'renderer' | 'electron/node' | 'electron/main' | 'electron/preload' | 'electron/cli';

interface Rule {
  /** Our own layers this one may import. */
  layers: Layer[];
  /** Whether an npm package or builtin may be imported. */
  allowPackage(name: string): boolean;
}

const isNodeBuiltin = (name: string) => name.startsWith('node:');
const RULES: Record<Layer, Rule> = {
  shared: { layers: ['shared'], allowPackage: (n) => ['zod'].includes(n) },
  renderer: {
    layers: ['renderer', 'shared'],
    allowPackage: (n) =>
      !isNodeBuiltin(n) && !['electron', 'electron-store', 'fs', 'path', 'child_process'].includes(n),
  },
  'electron/node': {
    layers: ['electron/node', 'shared'],
    allowPackage: (n) => n !== 'electron' && !n.startsWith('react'),
  },
  'electron/cli': {
    layers: ['electron/cli', 'electron/node', 'shared'],
    allowPackage: (n) => n !== 'electron' && !n.startsWith('react'),
  },
  'electron/main': {
    layers: ['electron/main', 'electron/node', 'shared'],
    allowPackage: (n) => !n.startsWith('react'),
  },
  'electron/preload': { layers: ['electron/preload', 'shared'], allowPackage: (n) => n === 'electron' },
};

function layerOf(file: string): Layer | null {
  const rel = relative(ROOT, file).split(sep).join('/');
  for (const layer of Object.keys(RULES) as Layer[]) if (rel.startsWith(`${layer}/`)) return layer;
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

function importsOf(file: string): { spec: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => ({ spec: (m[3] ?? m[4] ?? m[5])!, typeOnly: !!m[2] }));
}

const packageName = (spec: string) =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;

function violations(): string[] {
  const found: string[] = [];
  const files = ['shared', 'renderer', 'electron'].flatMap((d) => sourceFiles(join(ROOT, d)));
  for (const file of files) {
    const layer = layerOf(file);
    if (!layer) continue;
    const rule = RULES[layer];
    const where = relative(ROOT, file);
    for (const { spec, typeOnly } of importsOf(file)) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        const targetLayer = layerOf(target);
        // Type-only imports of the Host contract are how preload and main stay typed.
        if (targetLayer && !rule.layers.includes(targetLayer))
          found.push(`${where}: ${layer} may not import ${targetLayer} (${spec})`);
        if (
          layer === 'electron/preload' &&
          targetLayer === 'shared' &&
          !typeOnly &&
          !/shared\/ipc\/channels$/.test(target.split(sep).join('/'))
        ) {
          found.push(`${where}: preload may import only shared/ipc/channels at run time (${spec})`);
        }
      } else if (!rule.allowPackage(packageName(spec))) {
        found.push(`${where}: ${layer} may not import the package "${spec}"`);
      }
    }
  }
  return found;
}

describe('layers', () => {
  it('every import respects the layer rule', () => {
    expect(violations()).toEqual([]);
  });

  it('only the host picker touches window.journeyApi in the renderer', () => {
    const users = sourceFiles(join(ROOT, 'renderer')).filter((f) => readFileSync(f, 'utf8').includes('journeyApi'));
    expect(users.map((f) => relative(ROOT, f).split(sep).join('/'))).toEqual(['renderer/host/getHost.ts']);
  });

  it('the checker itself catches a forbidden import', () => {
    const spec = importsOf(fileURLToPath(new URL('../../electron/main/index.ts', import.meta.url))).map((i) => i.spec);
    expect(spec).toContain('electron');
    expect(RULES.shared.allowPackage('electron')).toBe(false);
    expect(RULES.renderer.allowPackage('node:fs')).toBe(false);
  });
});
