/**
 * The report as one self-contained HTML file: the map, the emotion curve, the pyramid, the
 * warnings and the tables. No scripts and no external resources; a Content-Security-Policy
 * forbids both, so even a mistake in escaping could not run anything.
 */
import { SEVERITY_COLORS } from '../layout/tokens';
import type { Journey } from '../model/types';
import { escapeXml as e } from '../render/escapeXml';
import { DEFAULT_MAP_LABELS } from '../render/labels';
import { DEFAULT_FONT_FAMILY, renderJourneySvg, type MapSvgOptions } from '../render/renderJourneySvg';
import { emotionChartSvg, pyramidChartSvg } from './charts';
import { reportTablesHtml, warningsHtml } from './htmlTables';
import type { Report } from './types';

export interface ReportHtmlOptions {
  /** Options of the embedded map (theme, labels, layers). */
  map?: MapSvgOptions;
  /** Shown under the title, e.g. "2026-03-01"; omitted when absent so output stays reproducible. */
  generatedAt?: string;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
body{font-family:${DEFAULT_FONT_FAMILY};color:#18181b;background:#fff;margin:0 auto;max-width:1100px;padding:24px;line-height:1.45}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 10px;border-bottom:1px solid #e4e4e7;padding-bottom:4px}h3{font-size:15px;margin:20px 0 6px}
.meta,.empty{color:#52525b}
.totals{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.totals div{border:1px solid #e4e4e7;border-radius:10px;padding:10px 16px;min-width:120px}
.totals b{display:block;font-size:26px}
.map{overflow:auto;border:1px solid #e4e4e7;border-radius:10px;max-height:80vh}
.map svg{display:block}
.charts{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
figure{margin:0}figcaption{font-weight:600;margin-bottom:6px}
.charts svg{max-width:100%;height:auto}
.warnings li{margin:4px 0}code{background:#f4f4f5;padding:1px 5px;border-radius:4px;font-size:12px}
table{border-collapse:collapse;margin:18px 0;width:100%;font-size:13px}
caption{text-align:left;font-weight:600;font-size:15px;margin-bottom:6px}
th,td{border-bottom:1px solid #e4e4e7;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f8fafc}.n{text-align:right;font-variant-numeric:tabular-nums}
.zero{color:#a1a1aa}
.sev{display:inline-block;min-width:20px;text-align:center;border-radius:999px;color:#fff;font-weight:700}
${SEVERITY_COLORS.map((c, i) => `.sev${i + 1}{background:${c}}`).join('')}
@media print{.map{max-height:none;overflow:visible}}
`;

export function renderReportHtml(journey: Journey, report: Report, options: ReportHtmlOptions = {}): string {
  const title = e(journey.title.trim() || journey.id);
  const map = renderJourneySvg(journey, { idPrefix: 'report-map', ...options.map }).svg;
  const t = report.totals;
  const total = (value: number, label: string) => `<div><b>${value}</b>${label}</div>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CX report: ${title}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>CX report: ${title}</h1>
<p class="meta">Journey <code>${e(report.journey.id)}</code>${options.generatedAt ? ` · generated ${e(options.generatedAt)}` : ''}</p>
</header>
<section class="totals">${total(t.stages, 'stages')}${total(t.touchpoints, 'touchpoints')}${total(t.painPoints, 'pain points')}${total(t.momentsOfTruth, 'moments of truth')}</section>
<h2>Journey map</h2>
<div class="map">${map}</div>
<section class="charts">
<figure><figcaption>Emotion curve</figcaption>${emotionChartSvg(journey)}</figure>
<figure><figcaption>CX pyramid</figcaption>${pyramidChartSvg(report, { ...DEFAULT_MAP_LABELS, ...options.map?.labels })}</figure>
</section>
<h2>Warnings</h2>
${warningsHtml(report)}
<h2>Figures</h2>
${reportTablesHtml(journey, report)}
</body>
</html>
`;
}
