/**
 * The report as CSV (RFC 4180, CRLF): one table of touchpoints with every annotation, one
 * of pain points, most severe first. Text cells that a spreadsheet would run as a formula
 * (starting with = + - @, or a tab or carriage return) get a leading apostrophe.
 */
import { orderTouchpoints } from '../layout/journeyOrder';
import type { Journey } from '../model/types';
import { formatNumber, reportNames } from './reportText';
import type { Report } from './types';

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

export function renderReportCsv(journey: Journey, report: Report): ReportCsv {
  const names = reportNames(journey);
  const touchpoints = csv(
    [
      'Stage',
      'Stage id',
      'Touchpoint id',
      'Title',
      'Description',
      'Channel',
      'Channel id',
      'Tier',
      'Emotion',
      'Moment of truth',
      'Pain points',
      'Worst severity',
      'Pain point details',
      'Opportunities',
      'Metrics',
      'Owner',
      'Notes',
    ],
    orderTouchpoints(journey).map((tp) => [
      names.stageName(tp.stageId),
      tp.stageId,
      tp.id,
      tp.title,
      tp.description,
      names.channel(tp.channel),
      tp.channel,
      tp.tier,
      tp.emotion,
      tp.momentOfTruth ? 'yes' : 'no',
      tp.painPoints.length,
      tp.painPoints.length === 0 ? null : Math.max(...tp.painPoints.map((p) => p.severity)),
      tp.painPoints
        .map(
          (p) =>
            `${p.text} (severity ${p.severity}, ${p.source}${p.evidence?.trim() ? `, evidence: ${p.evidence.trim()}` : ''})`,
        )
        .join('; '),
      tp.opportunities
        .map(
          (o) =>
            `${o.text} (impact ${o.impact}, effort ${o.effort}, ${o.status}${o.owner?.trim() ? `, owner: ${o.owner.trim()}` : ''})`,
        )
        .join('; '),
      tp.metrics
        .map((m) => {
          const unit = m.unit?.trim() ? ` ${m.unit.trim()}` : '';
          const value = (v: number | undefined) => (v === undefined ? '—' : `${formatNumber(v)}${unit}`);
          return `${m.label?.trim() || names.kpi(m.kpi)}: baseline ${value(m.baseline)}, current ${value(m.current)}, target ${value(m.target)}`;
        })
        .join('; '),
      tp.owner,
      tp.notes,
    ]),
  );
  const painPoints = csv(
    [
      'Rank',
      'Severity',
      'Pain point',
      'Source',
      'Evidence',
      'Touchpoint',
      'Touchpoint id',
      'Stage',
      'Stage id',
      'Pain point id',
    ],
    report.painPoints.map((p, i) => {
      const evidence = names.touchpoint(p.touchpointId)?.painPoints.find((x) => x.id === p.id)?.evidence;
      return [
        i + 1,
        p.severity,
        p.text,
        p.source,
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
