/**
 * Reads the app's own source with the TypeScript parser (not regular expressions, so comments,
 * JSX and template strings are told apart) for the catalogue checks: which message keys the
 * code refers to, and which UI strings it writes without the catalogues.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = join(import.meta.dirname, '../../..');

/** Every .ts/.tsx file under `folder` (relative to the project root), skipping `skip` prefixes. */
export function sourceFiles(folder: string, extensions: readonly string[], skip: readonly string[] = []): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const rel = relative(ROOT, path).replaceAll('\\', '/');
      if (skip.some((prefix) => rel.startsWith(prefix))) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (extensions.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.ts')) out.push(rel);
    }
  };
  walk(join(ROOT, folder));
  return out.sort();
}

/** Parses a project file, or the given text under that name (for testing the scan itself). */
export function parse(file: string, text = readFileSync(join(ROOT, file), 'utf8')): ts.SourceFile {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

function visit(node: ts.Node, fn: (node: ts.Node) => void): void {
  fn(node);
  node.forEachChild((child) => visit(child, fn));
}

const isText = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);

/** The function a call names: `t`, `i18n.t`, `ctx.t` all give "t". */
function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

export interface KeyReferences {
  /** Every string literal in the file: a key may sit in a table before it reaches t(). */
  literals: Set<string>;
  /** Literals in places that must be keys: t('…'), labelKey: '…', <Trans i18nKey="…">. */
  explicit: { key: string; where: string }[];
  /** Fixed beginnings of template strings, such as "tier." in t(`tier.${x}`). */
  dynamicPrefixes: Set<string>;
}

export function keyReferences(files: readonly (string | ts.SourceFile)[]): KeyReferences {
  const refs: KeyReferences = { literals: new Set(), explicit: [], dynamicPrefixes: new Set() };
  for (const input of files) {
    const source = typeof input === 'string' ? parse(input) : input;
    const file = source.fileName;
    const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    visit(source, (node) => {
      if (isText(node)) refs.literals.add(node.text);
      if (ts.isTemplateExpression(node)) refs.dynamicPrefixes.add(node.head.text);
      if (ts.isCallExpression(node) && calleeName(node) === 't' && node.arguments[0] && isText(node.arguments[0]))
        refs.explicit.push({ key: node.arguments[0].text, where: where(node) });
      if (
        ts.isPropertyAssignment(node) &&
        /Key$/.test(node.name.getText(source)) &&
        isText(node.initializer) &&
        node.name.getText(source) !== 'mergeKey'
      )
        refs.explicit.push({ key: node.initializer.text, where: where(node) });
      if (ts.isJsxAttribute(node) && node.name.getText(source) === 'i18nKey' && node.initializer) {
        const value = ts.isStringLiteral(node.initializer) ? node.initializer : undefined;
        if (value) refs.explicit.push({ key: value.text, where: where(node) });
      }
    });
  }
  return refs;
}

/** Attributes people read or hear: their literal values must come from the catalogues. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
]);
const hasLetters = (text: string) => /\p{L}/u.test(text);

/** A literal a JSX child expression shows directly: {'x'}, {a ? 'x' : y}, {a || 'x'}, {a ?? 'x'}. */
function shownLiterals(expression: ts.Expression): (ts.StringLiteral | ts.NoSubstitutionTemplateLiteral)[] {
  if (isText(expression)) return [expression];
  if (ts.isParenthesizedExpression(expression)) return shownLiterals(expression.expression);
  if (ts.isConditionalExpression(expression))
    return [...shownLiterals(expression.whenTrue), ...shownLiterals(expression.whenFalse)];
  if (
    ts.isBinaryExpression(expression) &&
    [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(
      expression.operatorToken.kind,
    )
  )
    return shownLiterals(expression.right);
  return [];
}

export interface HardCodedString {
  where: string;
  text: string;
}

/** JSX text, shown literals and read attributes (aria-label, title, placeholder, alt) that contain letters. */
export function hardCodedStrings(files: readonly (string | ts.SourceFile)[]): HardCodedString[] {
  const found: HardCodedString[] = [];
  for (const input of files) {
    const source = typeof input === 'string' ? parse(input) : input;
    const file = source.fileName;
    const add = (node: ts.Node, text: string) =>
      found.push({
        where: `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
        text: text.trim(),
      });
    visit(source, (node) => {
      if (ts.isJsxText(node) && hasLetters(node.text)) add(node, node.text);
      if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
        for (const literal of shownLiterals(node.expression)) if (hasLetters(literal.text)) add(literal, literal.text);
      if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
        const init = node.initializer;
        const values = ts.isStringLiteral(init)
          ? [init]
          : ts.isJsxExpression(init) && init.expression
            ? shownLiterals(init.expression)
            : [];
        for (const value of values) if (hasLetters(value.text)) add(value, value.text);
        // `${t('a')}: ${name}` is fine; `Open ${name}` is English word order baked into code.
        if (ts.isJsxExpression(init) && init.expression && ts.isTemplateExpression(init.expression)) {
          const parts = [init.expression.head.text, ...init.expression.templateSpans.map((s) => s.literal.text)];
          for (const part of parts) if (hasLetters(part)) add(init.expression, part);
        }
      }
    });
  }
  return found;
}

/** Object properties whose text people read (outside JSX): a stage's name, a notice's message. */
const DISPLAY_PROPERTIES = new Set([
  'name',
  'title',
  'label',
  'text',
  'description',
  'message',
  'detail',
  'placeholder',
  'hint',
  'heading',
  'tooltip',
  'buttonLabel',
]);
/** Calls whose text argument is shown to the user. */
const DISPLAY_CALLS = new Set(['notify', 'alert', 'confirm', 'prompt', 'setTitle', 'showMessageBox', 'showErrorBox']);
/** Words, not identifiers: a space, a capital letter or a letter outside ASCII ('Stage 1', 'Pasted', '阶段'). */
const isWords = (text: string) => hasLetters(text) && (/\s/.test(text.trim()) || /^[A-Z]|\P{ASCII}/u.test(text.trim()));

/** The text parts of a literal or template that hold words: `Stage ${n}` gives "Stage". */
function wordParts(expression: ts.Expression): { node: ts.Node; text: string }[] {
  if (isText(expression)) return isWords(expression.text) ? [{ node: expression, text: expression.text }] : [];
  if (ts.isTemplateExpression(expression)) {
    const parts = [expression.head.text, ...expression.templateSpans.map((s) => s.literal.text)];
    return parts.filter(isWords).map((text) => ({ node: expression, text }));
  }
  if (ts.isParenthesizedExpression(expression)) return wordParts(expression.expression);
  if (ts.isConditionalExpression(expression))
    return [...wordParts(expression.whenTrue), ...wordParts(expression.whenFalse)];
  if (
    ts.isBinaryExpression(expression) &&
    [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(
      expression.operatorToken.kind,
    )
  )
    return [
      ...(expression.operatorToken.kind === ts.SyntaxKind.PlusToken ? wordParts(expression.left) : []),
      ...wordParts(expression.right),
    ];
  return [];
}

/**
 * UI text written in plain TypeScript (no JSX): words given to a display property
 * (`name: \`Stage ${n}\``, `title: 'New touchpoint'`) or to a call that shows them (`notify('Saved')`).
 */
export function hardCodedScriptStrings(files: readonly (string | ts.SourceFile)[]): HardCodedString[] {
  const found: HardCodedString[] = [];
  for (const input of files) {
    const source = typeof input === 'string' ? parse(input) : input;
    const file = source.fileName;
    const add = (node: ts.Node, text: string) =>
      found.push({
        where: `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
        text: text.trim(),
      });
    visit(source, (node) => {
      if (ts.isPropertyAssignment(node) && DISPLAY_PROPERTIES.has(node.name.getText(source)))
        for (const part of wordParts(node.initializer)) add(part.node, part.text);
      if (ts.isCallExpression(node) && DISPLAY_CALLS.has(calleeName(node) ?? ''))
        for (const arg of node.arguments) for (const part of wordParts(arg)) add(part.node, part.text);
    });
  }
  return found;
}
