export { computeReport, kpiFigures } from './computeReport';
export { computeWarnings, BROKEN_BASE_SEVERITY } from './warnings';
export { renderReportMarkdown, escapeMarkdown } from './markdown';
export { renderReportCsv, joinCsvSections, neutraliseCsvText, type ReportCsv } from './csv';
export { renderReportHtml, type ReportHtmlOptions } from './html';
export { emotionChartSvg, pyramidChartSvg } from './charts';
export type * from './types';

import type { Report } from './types';

/** The JSON contract of `report --format json`: two-space indent, trailing newline. */
export function renderReportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
