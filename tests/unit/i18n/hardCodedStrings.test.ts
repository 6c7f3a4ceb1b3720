/**
 * UI text comes from the catalogues: no JSX text with letters, no literal aria-label, title,
 * placeholder or alt with letters, in any renderer component. Symbols (●, ★, ✕, ⚙) are fine.
 */
import { describe, expect, it } from 'vitest';
import { hardCodedStrings, parse, sourceFiles } from './sourceScan';

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
