/** The tables of the HTML report. Every string from the file goes through escapeXml. */
import type { Journey } from '../model/types';
import { escapeXml as e } from '../render/escapeXml';
import { formatNumber, formatPercent, formatSigned, metricName, reportNames } from './reportText';
import type { Report } from './types';

type Row = readonly string[];

/** `numeric[i]` right-aligns column i. Cells are HTML already escaped by the caller. */
function table(caption: string, header: Row, rows: readonly Row[], numeric: readonly boolean[] = []): string {
  const th = header.map((h, i) => `<th scope="col"${numeric[i] ? ' class="n"' : ''}>${h}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => `<td${numeric[i] ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><caption>${caption}</caption><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function empty(caption: string, text: string): string {
  return `<h3>${caption}</h3><p class="empty">${text}</p>`;
}

export function warningsHtml(report: Report): string {
  if (report.warnings.length === 0) return '<p class="empty">No warnings.</p>';
  const items = report.warnings.map((w) => `<li><code>${e(w.code)}</code> ${e(w.message)}</li>`);
  return `<ul class="warnings">\n${items.join('\n')}\n</ul>`;
}

export function reportTablesHtml(journey: Journey, report: Report): string {
  const n = reportNames(journey);
  const stageName = (id: string) => e(n.stageName(id));
  const out: string[] = [];
  out.push(
    table(
      'Stages',
      ['#', 'Stage', 'Touchpoints', 'Average emotion', 'Pain points', 'Worst severity', 'Channels'],
      report.stages.map((s, i) => [
        String(i + 1),
        stageName(s.id),
        String(s.touchpointCount),
        formatNumber(s.averageEmotion),
        String(s.painPointCount),
        formatNumber(s.worstSeverity),
        s.channels.map((c) => e(n.channel(c))).join(', '),
      ]),
      [true, false, true, true, true, true],
    ),
  );
  out.push(
    report.painPoints.length === 0
      ? empty('Pain points', 'None recorded.')
      : table(
          'Pain points, most severe first',
          ['#', 'Severity', 'Pain point', 'Source', 'Touchpoint', 'Stage'],
          report.painPoints.map((p, i) => [
            String(i + 1),
            `<span class="sev sev${p.severity}">${p.severity}</span>`,
            e(p.text),
            e(p.source),
            e(n.touchpointTitle(p.touchpointId)),
            stageName(p.stageId),
          ]),
          [true, true],
        ),
  );
  out.push(
    table(
      'CX pyramid by stage',
      ['Stage', 'Utility', 'Usability', 'Delight'],
      [
        ...journey.stages.map((s) => {
          const c = report.pyramid.byStage[s.id]!;
          return [stageName(s.id), String(c.utility), String(c.usability), String(c.delight)];
        }),
        [
          '<strong>All stages</strong>',
          String(report.pyramid.utility),
          String(report.pyramid.usability),
          String(report.pyramid.delight),
        ],
      ],
      [false, true, true, true],
    ),
  );
  const channels = Object.entries(report.channelMatrix);
  out.push(
    channels.length === 0
      ? empty('Channels by stage', 'No touchpoints yet.')
      : table(
          'Channels by stage (touchpoints)',
          ['Channel', ...journey.stages.map((s) => stageName(s.id))],
          channels.map(([channel, row]) => [
            e(n.channel(channel)),
            ...journey.stages.map((s) => (row[s.id] ? String(row[s.id]) : '<span class="zero">0</span>')),
          ]),
          [false, ...journey.stages.map(() => true)],
        ),
  );
  out.push(
    report.kpis.length === 0
      ? empty('KPIs', 'No metrics recorded.')
      : table(
          'KPIs: before and after',
          ['Touchpoint', 'KPI', 'Baseline', 'Current', 'Target', 'Change', 'Progress to target'],
          report.kpis.map((k) => [
            e(n.touchpointTitle(k.touchpointId)),
            e(metricName(n.touchpoint(k.touchpointId), k.metricId, k.kpi)),
            formatNumber(k.baseline),
            formatNumber(k.current),
            formatNumber(k.target),
            formatSigned(k.delta),
            formatPercent(k.progress),
          ]),
          [false, false, true, true, true, true, true],
        ),
  );
  out.push(
    report.opportunities.length === 0
      ? empty('Opportunities', 'None recorded.')
      : table(
          'Opportunities, highest impact first',
          ['#', 'Opportunity', 'Impact', 'Effort', 'Status', 'Touchpoint'],
          report.opportunities.map((o, i) => [
            String(i + 1),
            e(o.text),
            String(o.impact),
            String(o.effort),
            e(o.status),
            e(n.touchpointTitle(o.touchpointId)),
          ]),
          [true, false, true, true],
        ),
  );
  return out.join('\n');
}
