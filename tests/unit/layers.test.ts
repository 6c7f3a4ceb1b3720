/**
 * The layer rules (docs/architecture.md "Layers") live in eslint.layers.js and run with
 * `npm run lint`. This test plants one violation of each kind, lints it with ESLint's Node
 * API and the project's own configuration, and expects the error: a rule that quietly stopped
 * matching (a renamed folder, a changed plugin option) fails here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The rule ids ESLint reports for `code` as if it were the file at `path` (relative to the root). */
async function reported(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const BOUNDARY = expect.stringMatching(/^boundaries\/dependencies: /);

describe('the layer rules', () => {
  it.each([
    ['shared imports the renderer', 'shared/model/planted.ts', "import '../../renderer/App';"],
    [
      'shared imports Node',
      'shared/model/planted.ts',
      "import { readFileSync } from 'node:fs';\nexport { readFileSync };",
    ],
    ['shared imports a UI package', 'shared/model/planted.ts', "import 'react';"],
    ['the renderer imports Electron', 'renderer/host/planted.ts', "import 'electron';"],
    ['the renderer imports Node', 'renderer/host/planted.ts', "import 'node:path';"],
    ['the renderer imports electron/node', 'renderer/host/planted.ts', "import '../../electron/node/fsOps';"],
    ['electron/node imports Electron', 'electron/node/planted.ts', "import 'electron';"],
    ['electron/node imports electron/main', 'electron/node/planted.ts', "import '../main/menu';"],
    ['electron/main imports the renderer', 'electron/main/planted.ts', "import '../../renderer/export/exportFormats';"],
    ['electron/main imports React', 'electron/main/planted.ts', "import 'react';"],
    ['the CLI imports electron/main', 'electron/cli/planted.ts', "import '../main/menu';"],
    ['the CLI imports Electron', 'electron/cli/planted.ts', "import 'electron';"],
    ['preload loads more than the channel names', 'electron/preload/planted.ts', "import '../../shared/model';"],
    ['preload imports Node', 'electron/preload/planted.ts', "import 'node:fs';"],
    ['a low renderer area imports a higher one', 'renderer/store/planted.ts', "import '../canvas/buildFlow';"],
    ['a renderer area imports the shell', 'renderer/canvas/planted.ts', "import '../App';"],
    ['the host imports the stores', 'renderer/host/planted.ts', "import '../store/documentStore';"],
    // Commands get the Host interface in their context; a host implementation is the shell's choice.
    ['commands import a host implementation', 'renderer/commands/planted.ts', "import '../host/browserHost';"],
    // The folder circles the renderer once had: commands <-> canvas, commands <-> templates, inspector <-> panels.
    ['commands import the canvas', 'renderer/commands/planted.ts', "import '../canvas/buildFlow';"],
    ['commands import the templates', 'renderer/commands/planted.ts', "import '../templates/TemplateList';"],
    ['the inspector imports the panels', 'renderer/inspector/planted.ts', "import '../panels/JourneyPanel';"],
  ])('refuse: %s', async (_kind, path, code) => {
    expect(await reported(path, code)).toContainEqual(BOUNDARY);
  });

  it.each([
    [
      'shared imports shared and zod',
      'shared/model/planted.ts',
      "import { z } from 'zod';\nimport '../render/escapeXml';\nexport { z };",
    ],
    [
      'preload imports the channel names, and the contract as types',
      'electron/preload/planted.ts',
      "import { IPC } from '../../shared/ipc/channels';\nimport type { Host } from '../../shared/host';\nimport { ipcRenderer } from 'electron';\nexport const x: Partial<Host> = {};\nexport { ipcRenderer, IPC };",
    ],
    [
      'the CLI imports electron/node, shared and Node',
      'electron/cli/planted.ts',
      "import '../node/fsOps';\nimport '../../shared/model';\nimport 'node:path';",
    ],
    [
      'main imports electron/node, shared, Node and Electron',
      'electron/main/planted.ts',
      "import '../node/fsOps';\nimport '../../shared/ipc/args';\nimport 'node:path';\nimport 'electron';",
    ],
    [
      'a renderer area imports a lower one',
      'renderer/canvas/planted.ts',
      "import '../store/documentStore';\nimport '../ui/Modal';",
    ],
  ])('allow: %s', async (_kind, path, code) => {
    expect(await reported(path, code)).toEqual([]);
  });

  it('keep window.journeyApi to renderer/host/getHost.ts', async () => {
    const code = 'export const api = (window as unknown as { journeyApi: unknown }).journeyApi;';
    expect(await reported('renderer/commands/planted.ts', code)).toContainEqual(
      expect.stringMatching(/^no-restricted-syntax: Only renderer\/host\/getHost\.ts touches window\.journeyApi/),
    );
    expect(await reported('renderer/host/getHost.ts', code)).toEqual([]);
  });
});

describe('the rule against import circles', () => {
  let dir: string;
  beforeAll(() => {
    // A real pair of files on disk: a circle needs the other side to import this one back.
    mkdirSync(join(ROOT, 'shared'), { recursive: true });
    dir = mkdtempSync(join(ROOT, 'shared', '.planted-cycle-'));
    writeFileSync(join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a module that imports one that imports it back', async () => {
    const path = relative(ROOT, join(dir, 'a.ts'));
    expect(await reported(path, "import { b } from './b';\nexport const a = () => b;\n")).toContainEqual(
      expect.stringMatching(/^import-x\/no-cycle: /),
    );
    expect(await reported(path, 'export const a = () => 1;\n')).toEqual([]);
  });
});
