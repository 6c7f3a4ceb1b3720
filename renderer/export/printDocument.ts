/**
 * The report document's blocks (shared/report/reportDocument.ts) as DOM for the print view:
 * the same findings the command line's PDF typesets with pdfkit, built with textContent so no
 * text from the file is ever parsed as markup. Charts are images, which never run scripts.
 */
import { SEVERITY_COLORS } from '../../shared/layout/tokens';
import type { DocCell, ReportBlock } from '../../shared/report';
import { svgDataUrl } from '../report/svgImage';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function cellNode(cell: DocCell, numeric: boolean): HTMLTableCellElement {
  const td = el('td', undefined, numeric ? 'print-num' : undefined);
  if (cell.severity !== undefined) {
    const badge = el('span', cell.text, 'print-sev');
    badge.style.background = SEVERITY_COLORS[Math.min(4, Math.max(0, cell.severity - 1))]!;
    td.append(badge);
    if (cell.sub) td.append(` ${cell.sub}`);
    return td;
  }
  td.append(el(cell.strong ? 'strong' : 'span', cell.text, cell.quiet ? 'print-quiet' : undefined));
  if (cell.sub) td.append(el('div', cell.sub, 'print-sub'));
  return td;
}

function blockNode(block: ReportBlock): HTMLElement {
  switch (block.kind) {
    case 'heading':
      return el('h2', block.text);
    case 'paragraph':
      return el('p', block.text);
    case 'facts': {
      const dl = el('dl', undefined, 'print-facts');
      for (const item of block.items) {
        const row = el('div');
        row.append(el('dt', item.label), el('dd', item.text));
        dl.append(row);
      }
      return dl;
    }
    case 'list': {
      const ul = el('ul');
      for (const item of block.items) ul.append(el('li', item));
      return ul;
    }
    case 'empty': {
      const section = el('section');
      section.append(el('h3', block.caption), el('p', block.text, 'print-sub'));
      return section;
    }
    case 'table': {
      const table = el('table');
      const head = el('tr');
      for (const column of block.columns) {
        const th = el('th', column.label, column.numeric ? 'print-num' : undefined);
        th.scope = 'col';
        th.style.width = `${column.weight}%`;
        head.append(th);
      }
      const tbody = el('tbody');
      for (const row of block.rows) {
        const tr = el('tr');
        row.forEach((cell, i) => tr.append(cellNode(cell, block.columns[i]?.numeric ?? false)));
        tbody.append(tr);
      }
      const thead = el('thead');
      thead.append(head);
      table.append(el('caption', block.caption), thead, tbody);
      return table;
    }
    case 'charts': {
      const section = el('section', undefined, 'print-charts');
      for (const chart of block.charts) {
        const figure = el('figure');
        const image = el('img');
        image.src = svgDataUrl(chart.svg);
        image.alt = chart.caption;
        // Natural print size, as the command line's PDF draws them: 1 CSS px = 0.75 pt.
        image.style.width = `${chart.width * 0.75}pt`;
        figure.append(el('figcaption', chart.caption), image);
        section.append(figure);
      }
      return section;
    }
  }
}

export function printDocumentNode(blocks: readonly ReportBlock[]): HTMLElement {
  const root = el('div', undefined, 'print-document');
  for (const block of blocks) root.append(blockNode(block));
  return root;
}
