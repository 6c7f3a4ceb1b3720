/**
 * The JavaScript a built page must load before it can draw anything: the entry module of its
 * index.html and every module that one imports statically, transitively. Dynamic import()
 * chunks and workers load when first needed and are not counted. Sizes are as a server sends
 * them gzipped (zlib's default level, as `vite build` reports). Read from the files on disk, so
 * the figure is the same on every run: the budget test (tests/e2e/startBudget.spec.ts) and the
 * bench's cold-start suite both use it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Issue 16: what the web build may load before its start screen. */
export const INITIAL_JS_BUDGET_BYTES = 300 * 1000;

export interface InitialJsFile {
  /** Relative to the build folder. */
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface InitialJs {
  files: InitialJsFile[];
  bytes: number;
  gzipBytes: number;
}

const ENTRY_SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const MODULE_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;
/** `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`; never `import("./x.js")`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.m?js)["']/g;

export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

export function initialJavaScript(buildDir: string): InitialJs {
  const htmlPath = join(buildDir, 'index.html');
  if (!existsSync(htmlPath)) throw new Error(`${htmlPath} does not exist: build the app first`);
  const html = readFileSync(htmlPath, 'utf8');
  const queue = [...html.matchAll(ENTRY_SCRIPT), ...html.matchAll(MODULE_PRELOAD)].map((m) => join(buildDir, m[1]!));
  if (queue.length === 0) throw new Error(`${htmlPath} loads no module script`);
  const seen = new Set<string>();
  const files: InitialJsFile[] = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    files.push({ path: relative(buildDir, file), bytes: code.length, gzipBytes: gzipSync(code).length });
    for (const spec of staticImports(code.toString('utf8'))) queue.push(join(dirname(file), spec));
  }
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}
