/**
 * Text measuring and wrapping without a DOM: widths are estimated from character classes
 * (CJK and other full-width characters 1em, Latin letters about 0.6em), erring on the
 * wide side so that text stays inside its box in every rasteriser and browser.
 */

const ELLIPSIS = '…';

/** Full-width scripts and symbols: CJK ideographs, kana, Hangul, full-width forms, emoji. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    codePoint >= 0x1f000
  );
}

const NARROW = new Set([..."il.,:;'|!()[]{}ijtfrI `"]);
const BROAD = new Set([...'mwMW@%&']);

/**
 * Width of one character in em, sized for the widest common UI fonts (DejaVu Sans, Segoe UI)
 * so that text fits wherever the SVG is opened; narrower fonts just leave some room.
 */
function charWidth(char: string): number {
  const codePoint = char.codePointAt(0)!;
  if (isWide(codePoint)) return 1;
  if (char === ' ') return 0.32;
  if (NARROW.has(char)) return 0.34;
  if (BROAD.has(char)) return 0.94;
  if (char >= 'A' && char <= 'Z') return 0.72;
  if (char >= '0' && char <= '9') return 0.64;
  if (codePoint < 0x0300) return 0.6;
  // Other scripts (Greek, Cyrillic, Arabic…): as wide as a capital, to stay on the safe side.
  return 0.72;
}

export interface TextStyle {
  fontSize: number;
  bold?: boolean;
}

/** Estimated rendered width of `text` in pixels. */
export function measureText(text: string, style: TextStyle): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * style.fontSize * (style.bold ? 1.07 : 1);
}

/** `text` shortened with an ellipsis so that it fits `maxWidth`; unchanged when it fits. */
export function ellipsize(text: string, maxWidth: number, style: TextStyle): string {
  if (measureText(text, style) <= maxWidth) return text;
  return withEllipsis(text, maxWidth, style);
}

function withEllipsis(text: string, maxWidth: number, style: TextStyle): string {
  const chars = [...text];
  const budget = maxWidth - measureText(ELLIPSIS, style);
  let width = 0;
  let end = 0;
  while (end < chars.length && width + measureText(chars[end]!, style) <= budget) {
    width += measureText(chars[end]!, style);
    end += 1;
  }
  return `${chars.slice(0, end).join('').trimEnd()}${ELLIPSIS}`;
}

/** Closing punctuation stays with the character before it (no line starts with it). */
const CLOSING = new Set([...'，。、；：！？）」』》】〉”’,.;:!?)]}%…']);

/** Splits a paragraph into break opportunities: words, single wide characters, spaces. */
function tokens(paragraph: string): string[] {
  const out: string[] = [];
  for (const char of paragraph) {
    const last = out[out.length - 1];
    const wide = isWide(char.codePointAt(0)!);
    if (last !== undefined && CLOSING.has(char) && last !== ' ') out[out.length - 1] = last + char;
    else if (char === ' ') out.push(' ');
    else if (!wide && last !== undefined && last !== ' ' && !isWide(last.codePointAt(0)!))
      out[out.length - 1] = last + char;
    else out.push(char);
  }
  return out;
}

/** Breaks a token wider than a line into pieces that fit. */
function splitLongToken(token: string, maxWidth: number, style: TextStyle): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of token) {
    if (piece !== '' && measureText(piece + char, style) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

function wrapParagraph(paragraph: string, maxWidth: number, style: TextStyle): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(paragraph)) {
    if (token === ' ') {
      if (line !== '') line += ' ';
      continue;
    }
    if (measureText(line + token, style) <= maxWidth) {
      line += token;
      continue;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    const pieces = splitLongToken(token, maxWidth, style);
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

export interface WrapOptions extends TextStyle {
  maxWidth: number;
  /** Lines kept; the last one ends in an ellipsis when text was cut. Default: no limit. */
  maxLines?: number;
}

/** Lines of `text` that each fit `maxWidth`; newlines in the text start new lines. */
export function wrapText(text: string, options: WrapOptions): string[] {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\f\v]/g, ' ')
    .split('\n');
  const lines = paragraphs.flatMap((p) => wrapParagraph(p.trim(), options.maxWidth, options));
  const maxLines = options.maxLines ?? Infinity;
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = withEllipsis(`${kept[last]!} `, options.maxWidth, options);
  return kept;
}
