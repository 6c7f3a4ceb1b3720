/**
 * The report as CSV (RFC 4180, CRLF): one table of touchpoints with every annotation, one
 * of pain points, most severe first. Text cells that a spreadsheet would run as a formula
 * (starting with = + - @, or a tab or carriage return) get a leading apostrophe.
 */
import { orderTouchpoints } from '../layout/journeyOrder';
import { primaryEmotionOf } from '../model/emotion';
import type { Journey } from '../model/types';
import { formatNumber, reportNames } from './reportText';
import type { Report } from './types';
import type { ReportWords } from './reportWords';

export interface ReportCsv {
  touchpoints: string;
  painPoints: string;
}

type Cell = string | number | boolean | null | undefined;

/** A text cell that no spreadsheet will evaluate. */
export function neutraliseCsvText(text: string): string {
  return /^[\t\r]|^\s*[=+\-@]/.test(text) ? `'${text}` : text;
}

function cell(value: Cell): string {
  // Only text can come from the file; numbers and booleans are ours and stay numbers.
  const text =
    typeof value === 'string' ? neutraliseCsvText(value) : value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The headers, the built-in names and the words inside the summary cells are in the language of
 * `words` (English by default); ids stay ids, and the user's text is never translated.
 */
export function renderReportCsv(journey: Journey, report: Report, words: ReportWords): ReportCsv {
  const t = words.translate;
  const header = (keys: readonly string[]) => keys.map((key) => t(`reportFile.csv.${key}`));
  const names = reportNames(journey, words);
  const touchpoints = csv(
    header([
      'stage',
      'stageId',
      'touchpointId',
      'title',
      'description',
      'channel',
      'channelId',
      'tier',
      'emotion',
      'momentOfTruth',
      'painPoints',
      'worstSeverity',
      'painPointDetails',
      'opportunities',
      'metrics',
      'owner',
      'notes',
    ]),
    orderTouchpoints(journey).map((tp) => [
      names.stageName(tp.stageId),
      tp.stageId,
      tp.id,
      tp.title,
      tp.description,
      names.channel(tp.channel),
      tp.channel,
      t(`reportFile.tier.${tp.tier}`),
      primaryEmotionOf(journey, tp),
      t(tp.momentOfTruth ? 'reportFile.yes' : 'reportFile.no'),
      tp.painPoints.length,
      tp.painPoints.length === 0 ? null : Math.max(...tp.painPoints.map((p) => p.severity)),
      tp.painPoints
        .map((p) =>
          t('reportFile.painDetail', {
            text: p.text,
            severity: p.severity,
            source: t(`reportFile.source.${p.source}`),
            evidence: p.evidence?.trim() ? t('reportFile.evidence', { evidence: p.evidence.trim() }) : '',
          }),
        )
        .join(t('reportFile.detailSeparator')),
      tp.opportunities
        .map((o) =>
          t('reportFile.opportunityDetail', {
            text: o.text,
            impact: o.impact,
            effort: o.effort,
            status: t(`reportFile.status.${o.status}`),
            owner: o.owner?.trim() ? t('reportFile.owner', { owner: o.owner.trim() }) : '',
          }),
        )
        .join(t('reportFile.detailSeparator')),
      tp.metrics
        .map((m) => {
          const unit = m.unit?.trim() ? ` ${m.unit.trim()}` : '';
          const value = (v: number | undefined) => (v === undefined ? '—' : `${formatNumber(v)}${unit}`);
          return t('reportFile.metricDetail', {
            name: m.label?.trim() || names.kpi(m.kpi),
            baseline: value(m.baseline),
            current: value(m.current),
            target: value(m.target),
          });
        })
        .join(t('reportFile.detailSeparator')),
      tp.owner,
      tp.notes,
    ]),
  );
  const painPoints = csv(
    header([
      'rank',
      'severity',
      'painPoint',
      'source',
      'evidence',
      'touchpoint',
      'touchpointId',
      'stage',
      'stageId',
      'painPointId',
    ]),
    report.painPoints.map((p, i) => {
      const evidence = names.touchpoint(p.touchpointId)?.painPoints.find((x) => x.id === p.id)?.evidence;
      return [
        i + 1,
        p.severity,
        p.text,
        t(`reportFile.source.${p.source}`),
        evidence,
        names.touchpointTitle(p.touchpointId),
        p.touchpointId,
        names.stageName(p.stageId),
        p.stageId,
        p.id,
      ];
    }),
  );
  return { touchpoints, painPoints };
}

/** Both tables in one text (for standard output): each after a "# name" line, a blank line between. */
export function joinCsvSections(tables: ReportCsv): string {
  return `# touchpoints\r\n${tables.touchpoints}\r\n# pain-points\r\n${tables.painPoints}`;
}
