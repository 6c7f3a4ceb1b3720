export { computeReport, kpiFigures } from './computeReport';
export { computeWarnings, warningSentences, BROKEN_BASE_SEVERITY, type WarningWording } from './warnings';
export { renderReportMarkdown, escapeMarkdown } from './markdown';
export { renderReportCsv, joinCsvSections, neutraliseCsvText, type ReportCsv } from './csv';
export { renderReportHtml, HTML_MAP_PART_WIDTH, type ReportHtmlOptions } from './html';
export { emotionChartSvg, pyramidChartSvg, type ChartOptions, type ChartSvg, type ChartTheme } from './charts';
export {
  buildReportDocument,
  type DocCell,
  type DocChart,
  type DocColumn,
  type ReportBlock,
  type ReportDocumentOptions,
} from './reportDocument';
export { documentHtml } from './documentHtml';
export {
  ENGLISH_REPORT_WORDS,
  reportWordsFrom,
  reportWordsFor,
  reportDate,
  channelLabel,
  type ReportWords,
} from './reportWords';
export { attachUnit, formatWithUnit } from './reportText';
export type * from './types';

import type { Report } from './types';

/** The JSON contract of `report --format json`: two-space indent, trailing newline. */
export function renderReportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
