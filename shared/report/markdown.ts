/**
 * The report as GitHub-flavoured Markdown: the same numbers as the JSON, as tables, with the
 * findings a client acts on (the persona, stage goals, evidence, owners, KPI units). In the
 * language of `words` (English by default, as the command line writes it without --lang):
 * headings, table headers, warnings and built-in names; the user's text is never translated.
 * Columns added for the findings come last, so a table's first columns keep their meaning for
 * scripts that read them.
 */
import { orderTouchpoints } from '../layout/journeyOrder';
import type { Journey } from '../model/types';
import { blocksMarkdown, personaFigureBlocks, rootCauseBlocks } from './personaBlocks';
import { formatNumber, formatPercent, formatWithUnit, metricName, reportNames } from './reportText';
import type { Report } from './types';
import { warningSentences } from './warnings';
import type { ReportWords } from './reportWords';

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

export function renderReportMarkdown(journey: Journey, report: Report, words: ReportWords): string {
  const t = words.translate;
  const col = (name: string) => t(`reportDoc.column.${name}`);
  const names = reportNames(journey, words);
  const md = escapeMarkdown;
  const stageCols = journey.stages.map((s) => md(names.stageName(s.id)));
  // The title is the user's text: escaped before it goes into the heading's words.
  const out: string[] = [`# ${t('reportDoc.title', { title: md(journey.title.trim() || journey.id) })}`, ''];
  if (journey.description?.trim()) out.push(md(journey.description), '');
  // Every persona, the primary first, each with what it wants.
  for (const persona of journey.personas) {
    out.push(`## ${t('reportDoc.persona', { name: md(persona.name.trim() || words.map.untitled) })}`, '');
    if (persona.description?.trim()) out.push(md(persona.description), '');
    for (const [label, items] of [
      [words.map.goals, persona.goals],
      [words.map.needs, persona.needs],
      [words.map.expectations, persona.expectations],
    ] as const) {
      const shown = items.map((i) => i.trim()).filter(Boolean);
      if (shown.length > 0) out.push(`- **${label}**${t('reportDoc.colon')}${shown.map(md).join(' · ')}`);
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

  const totals = report.totals;
  // The same warnings as report.warnings, in the reader's language (the JSON keeps English).
  const warnings = warningSentences(journey, orderTouchpoints(journey), {
    translate: t,
    channelName: (id) => names.channel(id),
  });
  out.push(
    table(
      [t('report.stages'), t('report.touchpoints'), t('report.painPoints'), t('report.momentsOfTruth')],
      [[totals.stages, totals.touchpoints, totals.painPoints, totals.momentsOfTruth].map(String)],
      [true, true, true, true],
    ),
    '',
    `## ${t('reportDoc.warnings')}`,
    '',
    ...(warnings.length === 0
      ? [t('reportFile.none')]
      : warnings.map((w) => `- **${w.code}**${t('reportDoc.colon')}${md(w.text)}`)),
    '',
    `## ${t('reportDoc.stages')}`,
    '',
    table(
      ['rank', 'stage', 'touchpoints', 'averageEmotion', 'painPoints', 'worstSeverity', 'channels', 'customerGoal'].map(
        col,
      ),
      report.stages.map((s, i) => [
        String(i + 1),
        md(names.stageName(s.id)),
        String(s.touchpointCount),
        formatNumber(s.averageEmotion),
        String(s.painPointCount),
        formatNumber(s.worstSeverity),
        s.channels.map((c) => md(names.channel(c))).join(t('reportDoc.listSeparator')),
        md(names.stage(s.id)?.customerGoal?.trim() ?? ''),
      ]),
      [true, false, true, true, true, true, false],
    ),
    '',
    ...blocksMarkdown(personaFigureBlocks(journey, report, words), md),
    `## ${t('reportDoc.painPoints')}`,
    '',
    report.painPoints.length === 0
      ? t('reportFile.noneRecorded')
      : table(
          ['rank', 'severity', 'painPoint', 'source', 'touchpoint', 'stage', 'evidence'].map(col),
          report.painPoints.map((p, i) => [
            String(i + 1),
            String(p.severity),
            md(p.text),
            t(`reportFile.source.${p.source}`),
            md(names.touchpointTitle(p.touchpointId)),
            md(names.stageName(p.stageId)),
            painEvidence(p.touchpointId, p.id),
          ]),
          [true, true],
        ),
    '',
    ...blocksMarkdown(rootCauseBlocks(journey, report, words), md),
    `## ${t('report.pyramid')}`,
    '',
    table(
      [col('stage'), words.map.tiers.utility, words.map.tiers.usability, words.map.tiers.delight],
      [
        ...journey.stages.map((s) => {
          const c = report.pyramid.byStage[s.id]!;
          return [md(names.stageName(s.id)), String(c.utility), String(c.usability), String(c.delight)];
        }),
        [
          `**${t('reportDoc.allStages')}**`,
          String(report.pyramid.utility),
          String(report.pyramid.usability),
          String(report.pyramid.delight),
        ],
      ],
      [false, true, true, true],
    ),
    '',
    `## ${t('reportFile.channelsByStage')}`,
    '',
    Object.keys(report.channelMatrix).length === 0
      ? t('reportDoc.noTouchpoints')
      : table(
          [col('channel'), ...stageCols],
          Object.entries(report.channelMatrix).map(([channel, row]) => [
            md(names.channel(channel)),
            ...journey.stages.map((s) => String(row[s.id] ?? 0)),
          ]),
          [false, ...stageCols.map(() => true)],
        ),
    '',
    `## ${t('reportFile.kpis')}`,
    '',
    report.kpis.length === 0
      ? t('reportDoc.noKpis')
      : table(
          ['touchpoint', 'kpi', 'baseline', 'current', 'target', 'change', 'progress'].map(col),
          report.kpis.map((k) => [
            md(names.touchpointTitle(k.touchpointId)),
            md(metricName(names.touchpoint(k.touchpointId), k.metricId, k.kpi, words)),
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
    `## ${t('reportDoc.opportunities')}`,
    '',
    report.opportunities.length === 0
      ? t('reportFile.noneRecorded')
      : table(
          ['rank', 'opportunity', 'impact', 'effort', 'status', 'touchpoint', 'owner'].map(col),
          report.opportunities.map((o, i) => [
            String(i + 1),
            md(o.text),
            String(o.impact),
            String(o.effort),
            t(`reportFile.status.${o.status}`),
            md(names.touchpointTitle(o.touchpointId)),
            opportunityOwner(o.touchpointId, o.id),
          ]),
          [true, false, true, true],
        ),
    '',
  );
  return out.join('\n');
}
