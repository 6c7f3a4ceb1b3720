/**
 * UI text comes from the catalogues: no JSX text with letters, no literal aria-label, title,
 * placeholder or alt with letters, in any renderer component; and in plain .ts files of
 * shared/, renderer/ and electron/, no words given to a display property or a call that shows
 * them (`name: \`Stage ${n}\``). Symbols (●, ★, ✕, ⚙) are fine.
 */
import { describe, expect, it } from 'vitest';
import { hardCodedScriptStrings, hardCodedStrings, parse, sourceFiles } from './sourceScan';

/** The few literal strings allowed in components, each with why. */
const ALLOWED = new Map<string, string>([['Journey Studio', 'the product name is the same in every language']]);

describe('the hard-coded string scan', () => {
  const sample = parse(
    'sample.tsx',
    `export const A = ({ t, name, on }) => (
      <div aria-label="Close" title={'Remove'} placeholder={on ? 'Search' : t('x')}>
        Hello
        {on ? 'Yes' : t('no')}
        {name || 'Untitled'}
        <img alt={\`Photo of \${name}\`} />
        {/* a comment with words is not UI text */}
        <span aria-label={t('ok')} title={\`\${t('a')}: \${name}\`}>● ★ ✕ — {name}</span>
        <p>你好</p>
      </div>
    );`,
  );

  it('finds JSX text, shown literals and literal read attributes, in any script, and nothing else', () => {
    expect(hardCodedStrings([sample]).map((s) => s.text)).toEqual([
      'Close',
      'Remove',
      'Search',
      'Hello',
      'Yes',
      'Untitled',
      'Photo of',
      '你好',
    ]);
  });
});

describe('renderer components', () => {
  const files = sourceFiles('renderer', ['.tsx']);

  it('are scanned (the renderer has components)', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('write no UI text outside the catalogues', () => {
    const found = hardCodedStrings(files)
      .filter((s) => !ALLOWED.has(s.text))
      .map((s) => `${s.where}: ${s.text}`);
    expect(found).toEqual([]);
  });
});

describe('the script scan (.ts files)', () => {
  const sample = parse(
    'sample.ts',
    `const stage = createStage({ name: \`Stage \${n}\` });
    const card = { title: 'New touchpoint', channel: 'website', id: 'tp-1', label: t('x') };
    notify('info', 'Saved');
    const pasted = { name: options.name ?? 'Pasted', description: '阶段' };
    const ok = { name: \`\${a}-\${b}\`, text: prefix + 'suffix' };`,
  );

  it('finds words given to display properties and notices, and not ids, keys or catalogue calls', () => {
    expect(hardCodedScriptStrings([sample]).map((s) => s.text)).toEqual([
      'Stage',
      'New touchpoint',
      'Saved',
      'Pasted',
      '阶段',
    ]);
  });
});

/**
 * Words in .ts files that are not UI text in the UI language, each with why. An entry is
 * a file (or folder, ending in /) and, unless the whole file speaks English by contract, the
 * text it allows. Entries that no longer match anything fail the test, so the list stays true.
 */
const FORMAT_PROBLEM = 'a problem with a file, worded like the loader’s: English in every UI language (docs/format.md)';
const NOT_UI_TEXT: { where: string; text?: string; why: string }[] = [
  { where: 'electron/cli/', why: 'the command line speaks English (docs/cli.md)' },
  { where: 'shared/model/jsonText.ts', why: FORMAT_PROBLEM },
  { where: 'shared/model/validate.ts', why: FORMAT_PROBLEM },
  { where: 'shared/model/schema.ts', why: FORMAT_PROBLEM },
  { where: 'shared/model/jsonSchema.ts', why: 'the published JSON Schema’s own title and description' },
  { where: 'shared/model/v2/wellFormed.ts', why: FORMAT_PROBLEM },
  { where: 'shared/workshop/journeyDoc.ts', why: `${FORMAT_PROBLEM}: a shared document read as a file is` },
  {
    where: 'shared/workshop/votes.ts',
    why: `${FORMAT_PROBLEM}: its only words are the host's problems when it refuses a dot (dotsProblem)`,
  },
  {
    where: 'electron/node/workshop/workshopRoom.ts',
    text: 'only the facilitator can change the workshop controls',
    why: `${FORMAT_PROBLEM}: the host refuses a change with problems like a file's`,
  },
  {
    where: 'electron/node/workshop/workshopRoom.ts',
    text: 'not a valid workshop control',
    why: `${FORMAT_PROBLEM}: the host refuses a change with problems like a file's`,
  },
  {
    where: 'electron/node/workshop/socketTunnel.ts',
    why: 'why main refused a workshop socket or frame: the socket’s error event, for the console, never shown (the session shows its connection state)',
  },
  { where: 'shared/model/v2/migrate.ts', why: `${FORMAT_PROBLEM}; so are the migration’s notes on what it changed` },
  { where: 'shared/model/v2/jsonSchema.ts', why: 'the published JSON Schema’s own title and description' },
  {
    where: 'shared/import/',
    why: 'an import’s problems and notes about the file it reads, worded like the loader’s: English in every UI language (docs/import.md)',
  },
  {
    where: 'shared/versions/',
    why: 'the sentences of `journey-studio diff`, which speaks English like the rest of the command line (docs/cli.md)',
  },
  {
    where: 'shared/model/catalogues.ts',
    why: 'English names of the format’s catalogues for English exports; the UI names them by id (channel.*, kpi.*)',
  },

  { where: 'shared/export/pageSizes.ts', text: 'A4', why: 'paper sizes have one name in every language' },
  { where: 'shared/export/pageSizes.ts', text: 'A3', why: 'paper sizes have one name in every language' },
  { where: 'shared/export/pageSizes.ts', text: 'Letter', why: 'paper sizes have one name in every language' },
  { where: 'shared/export/pageSizes.ts', text: 'Tabloid', why: 'paper sizes have one name in every language' },
  { where: 'electron/main/ipc.ts', text: 'PDF', why: 'a file type’s name' },
  { where: 'electron/main/window.ts', text: 'Journey Studio', why: 'the product name is the same in every language' },
  { where: 'renderer/host/parseJourneyBytes.ts', why: FORMAT_PROBLEM },
  { where: 'electron/node/journeyFiles.ts', why: FORMAT_PROBLEM },
  { where: 'renderer/host/browserHost.ts', text: 'unknown file reference', why: FORMAT_PROBLEM },
  { where: 'electron/node/documentRegistry.ts', text: 'unknown file reference', why: FORMAT_PROBLEM },
  { where: 'renderer/host/browserHost.ts', text: 'it is no longer in the recent files list', why: FORMAT_PROBLEM },
  { where: 'electron/node/fileService.ts', text: 'it is no longer in the recent files list', why: FORMAT_PROBLEM },
  { where: 'renderer/host/browserHost.ts', text: 'the draft is gone', why: FORMAT_PROBLEM },
  { where: 'electron/node/fileService.ts', text: 'the draft is gone or damaged', why: FORMAT_PROBLEM },
  { where: 'electron/main/ipc.ts', text: 'not a file on this computer', why: FORMAT_PROBLEM },
  { where: 'electron/preload/index.ts', text: 'not a file on this computer', why: FORMAT_PROBLEM },
  // Known English in the UI, still to move to the catalogues (the browser host has no translator yet).
  { where: 'renderer/host/browserHost.ts', text: 'Journey map', why: 'still English: the file picker’s type name' },
];

const allows = (entry: (typeof NOT_UI_TEXT)[number], hit: { where: string; text: string }) => {
  const file = hit.where.replace(/:\d+$/, '');
  const inPlace = entry.where.endsWith('/') ? file.startsWith(entry.where) : file === entry.where;
  return inPlace && (entry.text === undefined || hit.text.startsWith(entry.text));
};

describe('the TypeScript of shared/, renderer/ and electron/', () => {
  // .tsx too: code outside JSX can name things as well.
  const files = ['shared', 'renderer', 'electron'].flatMap((folder) =>
    sourceFiles(folder, ['.ts', '.tsx'], ['shared/i18n/']),
  );
  const hits = hardCodedScriptStrings(files);

  it('are scanned', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('shared/model/factory.ts');
  });

  it('give no UI text that is not from the catalogues (default names of new stages and cards included)', () => {
    const found = hits
      .filter((hit) => !NOT_UI_TEXT.some((entry) => allows(entry, hit)))
      .map((h) => `${h.where}: ${h.text}`);
    expect(found).toEqual([]);
  });

  it('have no allowance left that nothing needs', () => {
    const stale = NOT_UI_TEXT.filter((entry) => !hits.some((hit) => allows(entry, hit)));
    expect(stale).toEqual([]);
  });
});
