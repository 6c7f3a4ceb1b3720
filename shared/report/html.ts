/**
 * The report as one self-contained HTML file: the map, the charts, the findings a client acts
 * on and the figures, in the reader's language. No scripts and no external resources; a
 * Content-Security-Policy forbids both, so even a mistake in escaping could not run anything.
 * It shows no internal ids or warning codes, and it prints whole: the map is never in a scroll
 * box, and print CSS keeps map parts, charts and table rows from breaking across pages.
 */
import { SEVERITY_COLORS } from '../layout/tokens';
import type { Journey } from '../model/types';
import { escapeXml as e } from '../render/escapeXml';
import { renderMapParts } from '../render/mapParts';
import { DEFAULT_FONT_FAMILY, type MapBands } from '../render/renderJourneySvg';
import { documentHtml } from './documentHtml';
import { buildReportDocument } from './reportDocument';
import { ENGLISH_REPORT_WORDS, type ReportWords } from './reportWords';
import type { Report } from './types';

export interface ReportHtmlOptions {
  /** Colours of the page, the map and the charts. Default light. */
  theme?: 'light' | 'dark';
  /** The words, in the reader's language. Default English. */
  words?: ReportWords;
  /** Shown under the title, e.g. "2026-03-01"; omitted when absent so output stays reproducible. */
  generatedAt?: string;
  /** The map's pain-point and opportunity bands (renderJourneySvg's layers). Default off. */
  bands?: MapBands;
}

/** The widest map part, in CSS px: wider maps are split between stages so a part reads at page width. */
export const HTML_MAP_PART_WIDTH = 1600;

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const LIGHT = '--bg:#fff;--text:#18181b;--muted:#52525b;--rule:#e4e4e7;--head:#f8fafc;--code:#f4f4f5;--zero:#a1a1aa';
const DARK = '--bg:#18181b;--text:#f4f4f5;--muted:#a1a1aa;--rule:#3f3f46;--head:#27272a;--code:#27272a;--zero:#71717a';

const style = (theme: 'light' | 'dark') => `
:root{${theme === 'dark' ? DARK : LIGHT}}
body{font-family:${DEFAULT_FONT_FAMILY};color:var(--text);background:var(--bg);margin:0 auto;max-width:1100px;padding:24px;line-height:1.45}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 10px;border-bottom:1px solid var(--rule);padding-bottom:4px}h3{font-size:15px;margin:20px 0 6px}
.meta,.empty,.sub{color:var(--muted)}.sub{font-size:12px}
.totals{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.totals div{border:1px solid var(--rule);border-radius:10px;padding:10px 16px;min-width:120px}
.totals b{display:block;font-size:26px}
.map-part{margin:0 0 16px}.map-part figcaption{font-weight:600;margin-bottom:6px}
.map-part svg{display:block;width:100%;height:auto;border:1px solid var(--rule);border-radius:10px}
.charts{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start;margin:24px 0}
figure{margin:0}figcaption{font-weight:600;margin-bottom:6px}
.charts svg{max-width:100%;height:auto}
.fact{margin:2px 0}
.warnings li{margin:4px 0}
table{border-collapse:collapse;margin:18px 0;width:100%;font-size:13px}
caption{text-align:left;font-weight:600;font-size:15px;margin-bottom:6px}
th,td{border-bottom:1px solid var(--rule);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--head)}.n{text-align:right;font-variant-numeric:tabular-nums}
.zero{color:var(--zero)}
.sev{display:inline-block;min-width:20px;text-align:center;border-radius:999px;color:#fff;font-weight:700}
${SEVERITY_COLORS.map((c, i) => `.sev${i + 1}{background:${c}}`).join('')}
@page{margin:12mm}
@media print{
:root{${LIGHT}}
body{max-width:none;padding:0;font-size:11pt}
.map-part,.charts,figure,tr{break-inside:avoid}
.map-part svg{max-height:92vh}
thead{display:table-header-group}
h2,h3,caption{break-after:avoid}
.sev,th{print-color-adjust:exact;-webkit-print-color-adjust:exact}
}
`;

function mapPartsHtml(journey: Journey, theme: 'light' | 'dark', words: ReportWords, bands: MapBands = {}): string {
  const parts = renderMapParts(journey, HTML_MAP_PART_WIDTH, {
    theme,
    labels: words.map,
    idPrefix: 'report-map',
    layers: bands,
  });
  const widest = Math.max(1, ...parts.map((p) => p.map.width));
  const count = journey.stages.length;
  return parts
    .map(({ stages, map }) => {
      // Every part at one scale: a narrower part takes a smaller share of the page's width.
      const share = Math.round((map.width / widest) * 1000) / 10;
      const caption =
        parts.length === 1
          ? ''
          : `<figcaption>${e(
              stages.first === stages.last
                ? words.translate('reportDoc.mapOnePart', { first: stages.first + 1, count })
                : words.translate('reportDoc.mapPart', { first: stages.first + 1, last: stages.last + 1, count }),
            )}</figcaption>`;
      return `<figure class="map-part" style="width:${share}%;max-width:${map.width}px">${caption}${map.svg}</figure>`;
    })
    .join('\n');
}

export function renderReportHtml(journey: Journey, report: Report, options: ReportHtmlOptions = {}): string {
  const words = options.words ?? ENGLISH_REPORT_WORDS;
  const t = words.translate;
  const theme = options.theme ?? 'light';
  const title = e(t('reportDoc.title', { title: journey.title.trim() || words.map.untitled }));
  const totals = report.totals;
  const total = (value: number, label: string) => `<div><b>${value}</b>${e(label)}</div>`;
  return `<!doctype html>
<html lang="${e(words.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${style(theme)}</style>
</head>
<body>
<header>
<h1>${title}</h1>
${options.generatedAt ? `<p class="meta">${e(t('reportDoc.generated', { date: options.generatedAt }))}</p>` : ''}
</header>
<section class="totals">${total(totals.stages, t('reportDoc.totals.stages'))}${total(totals.touchpoints, t('reportDoc.totals.touchpoints'))}${total(totals.painPoints, t('reportDoc.totals.painPoints'))}${total(totals.momentsOfTruth, t('reportDoc.totals.momentsOfTruth'))}</section>
<h2>${e(t('reportDoc.journeyMap'))}</h2>
${mapPartsHtml(journey, theme, words, options.bands)}
${documentHtml(buildReportDocument(journey, report, words, { theme }))}
</body>
</html>
`;
}
