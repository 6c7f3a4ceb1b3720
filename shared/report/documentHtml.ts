/** The report document's blocks (reportDocument.ts) as HTML. Every string from the file goes through escapeXml. */
import { escapeXml as e } from '../render/escapeXml';
import type { DocCell, ReportBlock } from './reportDocument';

function cellHtml(c: DocCell): string {
  const text = c.strong
    ? `<strong>${e(c.text)}</strong>`
    : c.quiet
      ? `<span class="zero">${e(c.text)}</span>`
      : e(c.text);
  if (c.severity !== undefined) {
    const word = c.sub ? ` ${e(c.sub)}` : '';
    return `<span class="sev sev${c.severity}">${e(c.text)}</span>${word}`;
  }
  return c.sub ? `${text}<div class="sub">${e(c.sub)}</div>` : text;
}

function tableHtml(block: Extract<ReportBlock, { kind: 'table' }>): string {
  const n = (numeric?: boolean) => (numeric ? ' class="n"' : '');
  const th = block.columns.map((c) => `<th scope="col"${n(c.numeric)}>${e(c.label)}</th>`).join('');
  const rows = block.rows
    .map((row) => `<tr>${row.map((c, i) => `<td${n(block.columns[i]?.numeric)}>${cellHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><caption>${e(block.caption)}</caption><thead><tr>${th}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

export function blockHtml(block: ReportBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<h2>${e(block.text)}</h2>`;
    case 'paragraph':
      return `<p>${e(block.text)}</p>`;
    case 'facts':
      return block.items.map((i) => `<p class="fact"><strong>${e(i.label)}</strong>${e(i.text)}</p>`).join('\n');
    case 'list':
      return `<ul class="warnings">\n${block.items.map((i) => `<li>${e(i)}</li>`).join('\n')}\n</ul>`;
    case 'table':
      return tableHtml(block);
    case 'empty':
      return `<h3>${e(block.caption)}</h3><p class="empty">${e(block.text)}</p>`;
    case 'charts':
      // The charts are our own SVG, their words escaped where they were drawn.
      return `<section class="charts">${block.charts.map((c) => `<figure><figcaption>${e(c.caption)}</figcaption>${c.svg}</figure>`).join('')}</section>`;
  }
}

export function documentHtml(blocks: readonly ReportBlock[]): string {
  return blocks.map(blockHtml).join('\n');
}
