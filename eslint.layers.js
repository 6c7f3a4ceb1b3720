/**
 * The layer rules (docs/architecture.md "Layers"), enforced by eslint-plugin-boundaries on every
 * import and by import-x/no-cycle against import circles. tests/unit/layers.test.ts plants a
 * violation of each kind and checks that these rules catch it.
 */
import boundaries from 'eslint-plugin-boundaries';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const SOURCE = ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts'];
const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.json'];

/** Areas inside renderer/, each a folder; files directly in renderer/ are its entry and shell. */
const RENDERER_AREAS = [
  'host',
  'ui',
  'settings',
  'store',
  'commands',
  'recovery',
  'editor',
  'canvas',
  'inspector',
  'panels',
  'palette',
  'toolbar',
  'report',
  'compare',
  'export',
  'templates',
  'start',
  'import',
  'dialogs',
  'workshop',
];

/**
 * What each renderer area may import besides itself, shared/ and the packages the renderer may
 * use. Lower areas first; an area never imports one that imports it, so folders form no circle.
 */
const RENDERER_AREA_IMPORTS = {
  host: [],
  ui: [],
  settings: [],
  store: [],
  // Commands, recovery and the editor reach the outside through the Host interface they are
  // handed (shared/host.ts), never a host implementation: only the shell picks one (getHost).
  commands: ['store', 'settings', 'ui'],
  recovery: ['store'],
  editor: ['commands', 'store', 'recovery', 'ui'],
  canvas: ['editor', 'commands', 'store', 'settings', 'ui'],
  inspector: ['editor', 'commands', 'store', 'settings', 'ui'],
  panels: ['inspector', 'editor', 'commands', 'store', 'settings', 'ui'],
  palette: ['editor', 'commands', 'store', 'settings', 'ui'],
  toolbar: ['editor', 'commands', 'store', 'settings', 'ui'],
  report: ['editor', 'commands', 'store', 'settings', 'ui'],
  compare: ['report', 'editor', 'commands', 'store', 'settings', 'ui'],
  export: ['report', 'editor', 'commands', 'store', 'settings', 'ui'],
  templates: ['export', 'report', 'editor', 'commands', 'store', 'settings', 'ui'],
  start: ['templates', 'editor', 'commands', 'store', 'settings', 'ui'],
  // The import dialog (File > Import…): the shared importers behind a preview.
  import: ['store', 'settings', 'ui'],
  // A live workshop binds the editor to a shared document (docs/workshop.md).
  // It draws on the canvas (participants' cursors) through the canvas's CanvasLayer.
  workshop: ['canvas', 'editor', 'commands', 'store', 'settings', 'ui'],
  // Dialogs include File > Host workshop… and Join workshop…, which live with the workshop.
  dialogs: ['workshop', 'import', 'templates', 'editor', 'commands', 'store', 'settings', 'ui'],
};

const elements = [
  { type: 'shared', pattern: 'shared/**', partialMatch: false },
  ...RENDERER_AREAS.map((area) => ({ type: `renderer-${area}`, pattern: `renderer/${area}/**`, partialMatch: false })),
  { type: 'renderer-shell', pattern: 'renderer/*.{ts,tsx}', partialMatch: false },
  { type: 'electron-node', pattern: 'electron/node/**', partialMatch: false },
  { type: 'electron-main', pattern: 'electron/main/**', partialMatch: false },
  { type: 'electron-preload', pattern: 'electron/preload/**', partialMatch: false },
  { type: 'electron-cli', pattern: 'electron/cli/**', partialMatch: false },
];

const SHARED = ['shared'];
const RENDERER = [...RENDERER_AREAS.map((area) => `renderer-${area}`), 'renderer-shell'];
const anyOf = (types) => ({ element: { types: { anyOf: types } } });
const packages = (pattern) => ({ module: { origin: 'external', source: pattern } });
const ANY_PACKAGE = ['*', '@*/*'];
const nodeBuiltins = { module: { origin: 'core' } };

/** Layer on layer: who may import whom among our own folders. */
const localPolicies = [
  { from: anyOf(SHARED), allow: { to: anyOf(SHARED) } },
  // The templates' .journey files, bundled as text by Vite.
  { from: anyOf(SHARED), allow: { dependency: { source: '[.]/files/*.journey?raw' } } },
  ...RENDERER_AREAS.map((area) => ({
    from: anyOf([`renderer-${area}`]),
    allow: { to: anyOf([...SHARED, ...RENDERER_AREA_IMPORTS[area].map((a) => `renderer-${a}`)]) },
  })),
  // The shell (App, main) composes the areas; no area imports the shell back.
  { from: anyOf(['renderer-shell']), allow: { to: anyOf([...SHARED, ...RENDERER]) } },
  { from: anyOf(['electron-node']), allow: { to: anyOf(SHARED) } },
  { from: anyOf(['electron-main']), allow: { to: anyOf([...SHARED, 'electron-node']) } },
  { from: anyOf(['electron-cli']), allow: { to: anyOf([...SHARED, 'electron-node']) } },
  // Preload: the channel names at run time; the rest of the shared contract only as types.
  {
    from: anyOf(['electron-preload']),
    allow: { to: anyOf(['shared']), dependency: { source: '../../shared/ipc/channels' } },
  },
  { from: anyOf(['electron-preload']), allow: { to: anyOf(['shared']), dependency: { kind: 'type' } } },
];

/** Layer on package: which npm packages and Node built-ins each layer may load. */
const packagePolicies = [
  // shared/ is pure TypeScript: zod, diff (word diffs of versions), yjs and lib0 (the workshop's shared document,
  // Yjs' hashing for voter keys), the import's readers (papaparse, read-excel-file's universal build, yaml: pure code that runs in Node and the
  // browser), and nothing of Node, the DOM frameworks or Electron.
  {
    from: anyOf(SHARED),
    allow: { to: packages(['zod', 'diff', 'yjs', 'lib0', 'papaparse', 'read-excel-file', 'yaml']) },
  },
  // The renderer reaches the outside only through the Host seam: no Node, no Electron.
  {
    from: anyOf(RENDERER),
    allow: { to: packages(ANY_PACKAGE) },
  },
  { from: anyOf(RENDERER), disallow: { to: packages(['electron', 'electron-store', 'conf']) } },
  // Plain Node services: Node and packages, never Electron or React.
  { from: anyOf(['electron-node', 'electron-cli']), allow: { to: [packages(ANY_PACKAGE), nodeBuiltins] } },
  {
    from: anyOf(['electron-node', 'electron-cli']),
    disallow: { to: packages(['electron', 'react', 'react-dom', '@xyflow/*']) },
  },
  { from: anyOf(['electron-main']), allow: { to: [packages(ANY_PACKAGE), nodeBuiltins] } },
  { from: anyOf(['electron-main']), disallow: { to: packages(['react', 'react-dom', '@xyflow/*']) } },
  { from: anyOf(['electron-preload']), allow: { to: packages('electron') } },
];

export const layerRules = [
  {
    files: SOURCE,
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': SOURCE,
      'import/resolver': { node: { extensions: EXTENSIONS } },
      'import-x/resolver-next': [createNodeResolver({ extensions: EXTENSIONS })],
      'import-x/extensions': EXTENSIONS,
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkAllOrigins: true,
          checkUnknownLocals: true,
          policies: [...localPolicies, ...packagePolicies],
        },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Only the host picker touches the preload bridge; the rest of the renderer asks the Host.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/host/getHost.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='only']",
          message: 'Focused tests skip the rest of the suite.',
        },
        {
          selector: "Identifier[name='journeyApi']",
          message: 'Only renderer/host/getHost.ts touches window.journeyApi; use the Host.',
        },
      ],
    },
  },
];
