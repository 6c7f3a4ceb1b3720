/**
 * Words drawn into pictures come from the catalogues too. The map and the report's charts are
 * SVG built in shared/ (not JSX, so the component scan misses them): a literal word given to
 * svgText or svgLines, or written into an aria-label, would be English in every language; and
 * a renderer module that draws with the English defaults (DEFAULT_MAP_LABELS,
 * ENGLISH_REPORT_WORDS) shows English in Chinese: the report view's pyramid once did.
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { parse, sourceFiles } from './sourceScan';

/** Functions of shared/render/svgParts.ts whose first argument is drawn as text. */
const DRAWING_CALLS = new Set(['svgText', 'svgLines', 'svgPill']);
/** The English defaults, for the command line and for callers that pass no words. */
const ENGLISH_DEFAULTS = new Set(['DEFAULT_MAP_LABELS', 'ENGLISH_REPORT_WORDS']);
const hasLetters = (text: string) => /\p{L}/u.test(text);

function visit(node: ts.Node, fn: (node: ts.Node) => void): void {
  fn(node);
  node.forEachChild((child) => visit(child, fn));
}

function where(source: ts.SourceFile, node: ts.Node): string {
  return `${source.fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
}

/** Literal words given to a drawing call, and aria-label or <title> text with words in a template. */
function drawnWords(files: readonly (string | ts.SourceFile)[]): string[] {
  const found: string[] = [];
  for (const input of files) {
    const source = typeof input === 'string' ? parse(input) : input;
    visit(source, (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && DRAWING_CALLS.has(node.expression.text)) {
        const first = node.arguments[0];
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) && hasLetters(first.text))
          found.push(`${where(source, first)}: ${first.text}`);
        if (first && ts.isTemplateExpression(first)) {
          for (const part of [first.head.text, ...first.templateSpans.map((s) => s.literal.text)])
            if (hasLetters(part)) found.push(`${where(source, first)}: ${part.trim()}`);
        }
      }
      const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : null;
      const parts = ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)]
        : text === null
          ? []
          : [text];
      for (const part of parts) {
        for (const match of part.matchAll(/aria-label="([^"$]*)"|<title>([^<$]+)<\/title>/g)) {
          const words = match[1] ?? match[2] ?? '';
          if (hasLetters(words)) found.push(`${where(source, node)}: ${words}`);
        }
      }
    });
  }
  return found;
}

/** Renderer code that names an English default: it would draw English whatever the UI language. */
function englishDefaults(files: readonly (string | ts.SourceFile)[]): string[] {
  const found: string[] = [];
  for (const input of files) {
    const source = typeof input === 'string' ? parse(input) : input;
    visit(source, (node) => {
      if (ts.isIdentifier(node) && ENGLISH_DEFAULTS.has(node.text)) found.push(`${where(source, node)}: ${node.text}`);
    });
  }
  return found;
}

/**
 * A drawing function whose words default to English: a caller that forgets them draws English
 * with no error (the report view's pyramid did, through `labels = DEFAULT_MAP_LABELS`).
 */
function englishDefaultParameters(files: readonly (string | ts.SourceFile)[]): string[] {
  const found: string[] = [];
  for (const input of files) {
    const source = typeof input === 'string' ? parse(input) : input;
    visit(source, (node) => {
      if (
        ts.isParameter(node) &&
        node.initializer &&
        ts.isIdentifier(node.initializer) &&
        ENGLISH_DEFAULTS.has(node.initializer.text)
      )
        found.push(`${where(source, node)}: ${node.getText(source)}`);
    });
  }
  return found;
}

describe('the drawn-words scan', () => {
  const sample = parse(
    'sample.ts',
    `const a = svgText('Emotion curve', 0, 0, o) + svgText(labels.emotionCurve, 0, 0, o) + svgText(String(n), 0, 0, o);
    const b = svgLines([\`Goals: \${x}\`], 0, 0, 1, o) + svgText(\`Stage \${n}\`, 0, 0, o) + svgText(\`+\${e}\`, 0, 0, o);
    const c = \`<svg role="img" aria-label="CX pyramid">\` + \`<svg aria-label="\${label}">\` + '<title>Map</title>';
    const d = pyramidChartSvg(report, { words: ENGLISH_REPORT_WORDS, theme }) ?? DEFAULT_MAP_LABELS;
    function pyramid(report: Report, labels: MapLabels = DEFAULT_MAP_LABELS, size = 3) {}`,
  );

  it('finds drawn literal words, aria-labels and titles, and English defaults, and nothing else', () => {
    expect(drawnWords([sample]).map((hit) => hit.replace(/^[^ ]+ /, ''))).toEqual([
      'Emotion curve',
      'Stage',
      'CX pyramid',
      'Map',
    ]);
    expect(englishDefaults([sample]).map((hit) => hit.replace(/^[^ ]+ /, ''))).toEqual([
      'ENGLISH_REPORT_WORDS',
      'DEFAULT_MAP_LABELS',
      'DEFAULT_MAP_LABELS',
    ]);
    expect(englishDefaultParameters([sample]).map((hit) => hit.replace(/^[^ ]+ /, ''))).toEqual([
      'labels: MapLabels = DEFAULT_MAP_LABELS',
    ]);
  });
});

describe('pictures drawn in shared/', () => {
  const files = [...sourceFiles('shared/render', ['.ts']), ...sourceFiles('shared/report', ['.ts'])];

  it('are scanned (the map renderer and the report charts)', () => {
    expect(files).toContain('shared/render/touchpointCard.ts');
    expect(files).toContain('shared/report/charts.ts');
  });

  it('draw no literal words: every word comes from the labels the caller passes', () => {
    expect(drawnWords(files)).toEqual([]);
  });

  it('make callers pass their words: none defaults to English without saying so', () => {
    expect(englishDefaultParameters(files)).toEqual([]);
  });
});

describe('the renderer', () => {
  const files = sourceFiles('renderer', ['.ts', '.tsx']);

  it('never draws with the English defaults: the map, charts and exports get the UI language’s words', () => {
    expect(englishDefaults(files)).toEqual([]);
  });
});
