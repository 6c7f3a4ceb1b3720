/**
 * The report as GitHub-flavoured Markdown: the same numbers as the JSON, as tables, with the
 * findings a client acts on (the persona, stage goals, evidence, owners, KPI units). English,
 * like the JSON; columns added for the findings come last, so a table's first columns keep
 * their meaning for scripts that read them.
 */
import type { Journey } from '../model/types';
import { formatNumber, formatPercent, formatWithUnit, metricName, reportNames } from './reportText';
import type { Report } from './types';

/** Text from the file made inert in Markdown: no markup, no HTML, no breaking a table row. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#!]/g, (c) => `\\${c}`);
}

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (numeric[i] ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

export function renderReportMarkdown(journey: Journey, report: Report): string {
  const names = reportNames(journey);
  const md = escapeMarkdown;
  const stageCols = journey.stages.map((s) => md(names.stageName(s.id)));
  const out: string[] = [`# CX report: ${md(journey.title.trim() || journey.id)}`, ''];
  if (journey.description?.trim()) out.push(md(journey.description), '');
  const persona = journey.persona;
  if (persona) {
    out.push(`## Persona: ${md(persona.name.trim() || 'Untitled')}`, '');
    if (persona.description.trim()) out.push(md(persona.description), '');
    for (const [label, items] of [
      ['Goals', persona.goals],
      ['Needs', persona.needs],
      ['Expectations', persona.expectations],
    ] as const) {
      const shown = items.map((i) => i.trim()).filter(Boolean);
      if (shown.length > 0) out.push(`- **${label}**: ${shown.map(md).join(' · ')}`);
    }
    out.push('');
  }
  const painEvidence = (touchpointId: string, id: string) =>
    md(
      names
        .touchpoint(touchpointId)
        ?.painPoints.find((p) => p.id === id)
        ?.evidence?.trim() ?? '',
    );
  const opportunityOwner = (touchpointId: string, id: string) =>
    md(
      names
        .touchpoint(touchpointId)
        ?.opportunities.find((o) => o.id === id)
        ?.owner?.trim() ?? '',
    );

  const t = report.totals;
  out.push(
    table(
      ['Stages', 'Touchpoints', 'Pain points', 'Moments of truth'],
      [[t.stages, t.touchpoints, t.painPoints, t.momentsOfTruth].map(String)],
      [true, true, true, true],
    ),
    '',
    '## Warnings',
    '',
    ...(report.warnings.length === 0 ? ['None.'] : report.warnings.map((w) => `- **${w.code}**: ${md(w.message)}`)),
    '',
    '## Stages',
    '',
    table(
      ['#', 'Stage', 'Touchpoints', 'Average emotion', 'Pain points', 'Worst severity', 'Channels', 'Customer goal'],
      report.stages.map((s, i) => [
        String(i + 1),
        md(names.stageName(s.id)),
        String(s.touchpointCount),
        formatNumber(s.averageEmotion),
        String(s.painPointCount),
        formatNumber(s.worstSeverity),
        s.channels.map((c) => md(names.channel(c))).join(', '),
        md(names.stage(s.id)?.customerGoal?.trim() ?? ''),
      ]),
      [true, false, true, true, true, true, false],
    ),
    '',
    '## Pain points, most severe first',
    '',
    report.painPoints.length === 0
      ? 'None recorded.'
      : table(
          ['#', 'Severity', 'Pain point', 'Source', 'Touchpoint', 'Stage', 'Evidence'],
          report.painPoints.map((p, i) => [
            String(i + 1),
            String(p.severity),
            md(p.text),
            p.source,
            md(names.touchpointTitle(p.touchpointId)),
            md(names.stageName(p.stageId)),
            painEvidence(p.touchpointId, p.id),
          ]),
          [true, true],
        ),
    '',
    '## CX pyramid',
    '',
    table(
      ['Stage', 'Utility', 'Usability', 'Delight'],
      [
        ...journey.stages.map((s) => {
          const c = report.pyramid.byStage[s.id]!;
          return [md(names.stageName(s.id)), String(c.utility), String(c.usability), String(c.delight)];
        }),
        [
          '**All stages**',
          String(report.pyramid.utility),
          String(report.pyramid.usability),
          String(report.pyramid.delight),
        ],
      ],
      [false, true, true, true],
    ),
    '',
    '## Channels by stage',
    '',
    Object.keys(report.channelMatrix).length === 0
      ? 'No touchpoints yet.'
      : table(
          ['Channel', ...stageCols],
          Object.entries(report.channelMatrix).map(([channel, row]) => [
            md(names.channel(channel)),
            ...journey.stages.map((s) => String(row[s.id] ?? 0)),
          ]),
          [false, ...stageCols.map(() => true)],
        ),
    '',
    '## KPIs',
    '',
    report.kpis.length === 0
      ? 'No metrics recorded.'
      : table(
          ['Touchpoint', 'KPI', 'Baseline', 'Current', 'Target', 'Change', 'Progress to target'],
          report.kpis.map((k) => [
            md(names.touchpointTitle(k.touchpointId)),
            md(metricName(names.touchpoint(k.touchpointId), k.metricId, k.kpi)),
            // The unit is the user's text: escaped like every other.
            md(formatWithUnit(k.baseline, k.unit)),
            md(formatWithUnit(k.current, k.unit)),
            md(formatWithUnit(k.target, k.unit)),
            md(formatWithUnit(k.delta, k.unit, true)),
            formatPercent(k.progress),
          ]),
          [false, false, true, true, true, true, true],
        ),
    '',
    '## Opportunities, highest impact first',
    '',
    report.opportunities.length === 0
      ? 'None recorded.'
      : table(
          ['#', 'Opportunity', 'Impact', 'Effort', 'Status', 'Touchpoint', 'Owner'],
          report.opportunities.map((o, i) => [
            String(i + 1),
            md(o.text),
            String(o.impact),
            String(o.effort),
            o.status,
            md(names.touchpointTitle(o.touchpointId)),
            opportunityOwner(o.touchpointId, o.id),
          ]),
          [true, false, true, true],
        ),
    '',
  );
  return out.join('\n');
}
