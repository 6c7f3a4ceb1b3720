/**
 * A diff in each format of `journey-studio diff`: `text` for a terminal (one line per change,
 * coloured only when asked), `md` a list, `html` one self-contained page with nothing that
 * runs, `json` the contract (./types.ts). Every text from the files is escaped for its format;
 * in `text`, control and bidirectional-override characters are shown as escapes so a file
 * cannot drive the terminal or reorder what is shown.
 */
import type { JourneyV2 } from '../model/v2';
import { escapeXml } from '../render/escapeXml';
import { escapeMarkdown } from '../report/markdown';
import { describeChange, diffNames, type Sentence } from './sentences';
import type { DiffChange, JourneyDiff } from './types';

export const DIFF_FORMATS = ['text', 'md', 'json', 'html'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffRenderOptions {
  /** How the two versions are called in the headings, e.g. their file names. */
  oldLabel: string;
  newLabel: string;
  /** ANSI colours in `text` (a terminal); never in the other formats. */
  colour?: boolean;
}

const MARKERS: Record<DiffChange['op'], string> = { added: '+', removed: '-', changed: '~' };

export function summaryLine(diff: JourneyDiff): string {
  const { added, removed, changed } = diff.summary;
  return `${added} added, ${removed} removed, ${changed} changed`;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text for a terminal: control and direction-changing characters as visible escapes. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const ANSI = { red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', bold: '\x1b[1m', reset: '\x1b[0m' };

function textLine(op: DiffChange['op'], sentence: Sentence, colour: boolean): string {
  const lineColour = op === 'added' ? ANSI.green : op === 'removed' ? ANSI.red : '';
  const body = sentence
    .map((part) => {
      const text = visible(part.text);
      if (!part.mark) return text;
      if (!colour) return part.mark === 'removed' ? `[-${text}-]` : `{+${text}+}`;
      return `${part.mark === 'removed' ? ANSI.red : ANSI.green}${text}${ANSI.reset}`;
    })
    .join('');
  if (!colour) return `${MARKERS[op]} ${body}`;
  const marker = op === 'changed' ? `${ANSI.yellow}~${ANSI.reset}` : MARKERS[op];
  return lineColour ? `${lineColour}${marker} ${body}${ANSI.reset}` : `${marker} ${body}`;
}

function renderText(diff: JourneyDiff, sentences: Sentence[], options: DiffRenderOptions): string {
  // Like diff(1): nothing at all when the versions are the same.
  if (diff.changes.length === 0) return '';
  const colour = options.colour === true;
  const heading = `--- ${visible(options.oldLabel)}  ${visible(diff.old.title)}\n+++ ${visible(options.newLabel)}  ${visible(diff.new.title)}`;
  const lines = diff.changes.map((c, i) => textLine(c.op, sentences[i]!, colour));
  const head = colour ? `${ANSI.bold}${heading}${ANSI.reset}` : heading;
  return `${head}\n${lines.join('\n')}\n${summaryLine(diff)}\n`;
}

function renderMarkdown(diff: JourneyDiff, sentences: Sentence[], options: DiffRenderOptions): string {
  const title = `# Changes to ${escapeMarkdown(diff.new.title || diff.old.title)}`;
  const code = (label: string) => `\`${label.replace(/[`\r\n]/g, ' ')}\``;
  const from = `From ${code(options.oldLabel)} to ${code(options.newLabel)}: ${summaryLine(diff)}.`;
  if (diff.changes.length === 0) return `${title}\n\n${from}\n\nNo changes.\n`;
  const rows = sentences.map((sentence) => {
    const body = sentence
      .map((p) => {
        const text = escapeMarkdown(p.text);
        if (!p.mark || !text.trim()) return text;
        // Emphasis may not start or end on a space, so the spaces around the words stay outside it.
        const [, lead, words, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
        return p.mark === 'removed' ? `${lead}~~${words}~~${trail}` : `${lead}**${words}**${trail}`;
      })
      .join('');
    return `- ${body}`;
  });
  return `${title}\n\n${from}\n\n${rows.join('\n')}\n`;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'";
const STYLE = [
  'body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#18181b}',
  'ul{list-style:none;padding:0}li{padding:.3rem .5rem;border-left:4px solid #a1a1aa;margin:.2rem 0}',
  'li.added{border-color:#16a34a}li.removed{border-color:#dc2626}li.changed{border-color:#ca8a04}',
  'ins{background:#dcfce7;text-decoration:none}del{background:#fee2e2}.op{font-weight:600;margin-right:.4rem}',
  '@media (prefers-color-scheme:dark){body{background:#18181b;color:#f4f4f5}ins{background:#14532d}del{background:#7f1d1d}}',
].join('');

function renderHtml(diff: JourneyDiff, sentences: Sentence[], options: DiffRenderOptions): string {
  const title = escapeXml(diff.new.title || diff.old.title);
  const words = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;
  const items = diff.changes.map((c, i) => {
    const body = sentences[i]!.map((p) => {
      const text = escapeXml(p.text);
      return p.mark === 'removed' ? `<del>${text}</del>` : p.mark === 'added' ? `<ins>${text}</ins>` : text;
    }).join('');
    return `<li class="${c.op}"><span class="op">${words[c.op]}</span>${body}</li>`;
  });
  const list = items.length ? `<ul>\n${items.join('\n')}\n</ul>` : '<p>No changes.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Changes to ${title}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Changes to ${title}</h1>
<p>From <code>${escapeXml(options.oldLabel)}</code> to <code>${escapeXml(options.newLabel)}</code>: ${summaryLine(diff)}.</p>
${list}
</body>
</html>
`;
}

/** The diff of `before` and `after` (the two journeys it was computed from) in one format. */
export function renderDiff(
  diff: JourneyDiff,
  before: JourneyV2,
  after: JourneyV2,
  format: DiffFormat,
  options: DiffRenderOptions,
): string {
  if (format === 'json') return `${JSON.stringify(diff, null, 2)}\n`;
  const names = diffNames(before, after);
  const sentences = diff.changes.map((c) => describeChange(names, c));
  if (format === 'md') return renderMarkdown(diff, sentences, options);
  if (format === 'html') return renderHtml(diff, sentences, options);
  return renderText(diff, sentences, options);
}
