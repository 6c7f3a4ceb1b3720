/**
 * The CX report as a document a client reads and acts on, independent of how it is typeset:
 * the persona and each stage's goal, the warnings in plain words, pain points with severity,
 * evidence and source, opportunities ranked with owner and status, KPIs with their units,
 * then the figures. The HTML report renders these blocks as HTML, the command line's PDF with
 * pdfkit and the app's print view as DOM, so every deliverable says the same.
 */
import { orderTouchpoints } from '../layout/journeyOrder';
import { TIERS } from '../model/catalogues';
import type { Journey } from '../model/types';
import { emotionChartSvg, pyramidChartSvg, type ChartTheme } from './charts';
import { personaFigureBlocks, rootCauseBlocks } from './personaBlocks';
import { formatNumber, formatPercent, formatWithUnit } from './reportText';
import { channelLabel, type ReportWords } from './reportWords';
import type { Report } from './types';
import { warningSentences } from './warnings';

export interface DocCell {
  text: string;
  /** 1..5: the cell is a severity, shown as a coloured badge. */
  severity?: number;
  /** A second, quieter line: a touchpoint's stage, a stage's description, a severity's name. */
  sub?: string;
  /** A total row's cell. */
  strong?: boolean;
  /** A zero that should not draw the eye. */
  quiet?: boolean;
}

export interface DocColumn {
  label: string;
  numeric?: boolean;
  /** Share of a page-wide table's width, relative to the other columns. */
  weight: number;
}

export interface DocChart {
  caption: string;
  svg: string;
  width: number;
  height: number;
}

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Labelled lines; each label ends in the language's colon ("Goals: ", "目标："). */
  | { kind: 'facts'; items: { label: string; text: string }[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; columns: DocColumn[]; rows: DocCell[][] }
  | { kind: 'empty'; caption: string; text: string }
  | { kind: 'charts'; charts: DocChart[] };

export interface ReportDocumentOptions {
  /** Colours of the charts: the document's theme. Default light (paper). */
  theme?: ChartTheme;
}

const cell = (text: string, extra: Omit<DocCell, 'text'> = {}): DocCell => ({ text, ...extra });

export function buildReportDocument(
  journey: Journey,
  report: Report,
  words: ReportWords,
  options: ReportDocumentOptions = {},
): ReportBlock[] {
  const { translate: t, map } = words;
  const untitled = map.untitled;
  const named = (text: string | undefined) => text?.trim() || untitled;
  const touchpoints = new Map(journey.touchpoints.map((tp) => [tp.id, tp]));
  const stages = new Map(journey.stages.map((s) => [s.id, s]));
  const stageName = (id: string) => named(stages.get(id)?.name);
  const touchpointCell = (id: string, extra: Omit<DocCell, 'text'> = {}) => {
    const tp = touchpoints.get(id);
    return cell(named(tp?.title), { ...extra, ...(tp ? { sub: stageName(tp.stageId) } : {}) });
  };
  const col = (key: string, weight: number, numeric = false): DocColumn => ({
    label: t(key),
    weight,
    ...(numeric ? { numeric } : {}),
  });
  const blocks: ReportBlock[] = [];

  if (journey.description?.trim()) {
    blocks.push(
      { kind: 'heading', text: t('reportDoc.about') },
      { kind: 'paragraph', text: journey.description.trim() },
    );
  }
  // Every persona, the primary first, each with what it wants.
  for (const persona of journey.personas) {
    blocks.push({ kind: 'heading', text: t('reportDoc.persona', { name: named(persona.name) }) });
    if (persona.description?.trim()) blocks.push({ kind: 'paragraph', text: persona.description.trim() });
    const items = (
      [
        [map.goals, persona.goals],
        [map.needs, persona.needs],
        [map.expectations, persona.expectations],
      ] as const
    )
      .map(([label, list]) => ({
        label: `${label}${t('reportDoc.colon')}`,
        text: list
          .map((i) => i.trim())
          .filter(Boolean)
          .join(' · '),
      }))
      .filter((item) => item.text !== '');
    if (items.length > 0) blocks.push({ kind: 'facts', items });
  }

  const theme = options.theme ?? 'light';
  const emotion = emotionChartSvg(journey, { words, theme });
  const pyramid = pyramidChartSvg(report, { words, theme });
  blocks.push({
    kind: 'charts',
    charts: [
      { caption: map.emotionCurve, ...emotion },
      { caption: t('report.pyramid'), ...pyramid },
    ],
  });

  blocks.push({
    kind: 'table',
    caption: t('reportDoc.stages'),
    columns: [
      col('reportDoc.column.rank', 4, true),
      col('reportDoc.column.stage', 16),
      col('reportDoc.column.customerGoal', 24),
      col('reportDoc.column.touchpoints', 9, true),
      col('reportDoc.column.averageEmotion', 9, true),
      col('reportDoc.column.painPoints', 8, true),
      col('reportDoc.column.worstSeverity', 9, true),
      col('reportDoc.column.channels', 18),
    ],
    rows: report.stages.map((s, i) => {
      const description = stages.get(s.id)?.description?.trim();
      return [
        cell(String(i + 1)),
        cell(stageName(s.id), description ? { sub: description } : {}),
        cell(stages.get(s.id)?.customerGoal?.trim() ?? ''),
        cell(String(s.touchpointCount)),
        cell(formatNumber(s.averageEmotion)),
        cell(String(s.painPointCount)),
        cell(formatNumber(s.worstSeverity)),
        cell(s.channels.map((c) => channelLabel(journey, words, c)).join(t('reportDoc.listSeparator'))),
      ];
    }),
  });

  // With several personas, each one's figures (personaBlocks.ts).
  blocks.push(...personaFigureBlocks(journey, report, words));

  blocks.push({ kind: 'heading', text: t('reportDoc.warnings') });
  const warnings = warningSentences(journey, orderTouchpoints(journey), {
    translate: t,
    untitled,
    channelName: (id) => channelLabel(journey, words, id),
  });
  blocks.push(
    warnings.length === 0
      ? { kind: 'paragraph', text: t('reportDoc.noWarnings') }
      : { kind: 'list', items: warnings.map((w) => w.text) },
  );

  const evidence = (touchpointId: string, painPointId: string) =>
    touchpoints
      .get(touchpointId)
      ?.painPoints.find((p) => p.id === painPointId)
      ?.evidence?.trim() ?? '';
  blocks.push(
    report.painPoints.length === 0
      ? { kind: 'empty', caption: t('reportDoc.painPoints'), text: t('reportDoc.noPainPoints') }
      : {
          kind: 'table',
          caption: t('reportDoc.painPoints'),
          columns: [
            col('reportDoc.column.rank', 4, true),
            col('reportDoc.column.severity', 11),
            col('reportDoc.column.painPoint', 30),
            col('reportDoc.column.evidence', 28),
            col('reportDoc.column.source', 9),
            col('reportDoc.column.touchpoint', 19),
          ],
          rows: report.painPoints.map((p, i) => [
            cell(String(i + 1)),
            cell(String(p.severity), { severity: p.severity, sub: t(`severity.${p.severity}`) }),
            cell(p.text),
            cell(evidence(p.touchpointId, p.id)),
            cell(t(`painSource.${p.source}`)),
            touchpointCell(p.touchpointId),
          ]),
        },
  );

  // On a service blueprint, the steps behind the severe pain points.
  blocks.push(...rootCauseBlocks(journey, report, words));

  const owner = (touchpointId: string, opportunityId: string) =>
    touchpoints
      .get(touchpointId)
      ?.opportunities.find((o) => o.id === opportunityId)
      ?.owner?.trim() ?? '';
  blocks.push(
    report.opportunities.length === 0
      ? { kind: 'empty', caption: t('reportDoc.opportunities'), text: t('reportDoc.noOpportunities') }
      : {
          kind: 'table',
          caption: t('reportDoc.opportunities'),
          columns: [
            col('reportDoc.column.rank', 4, true),
            col('reportDoc.column.opportunity', 34),
            col('reportDoc.column.impact', 7, true),
            col('reportDoc.column.effort', 7, true),
            col('reportDoc.column.owner', 15),
            col('reportDoc.column.status', 11),
            col('reportDoc.column.touchpoint', 20),
          ],
          rows: report.opportunities.map((o, i) => [
            cell(String(i + 1)),
            cell(o.text),
            cell(String(o.impact)),
            cell(String(o.effort)),
            cell(owner(o.touchpointId, o.id)),
            cell(t(`opportunityStatus.${o.status}`)),
            touchpointCell(o.touchpointId),
          ]),
        },
  );

  const metricName = (touchpointId: string, metricId: string, kpi: string) =>
    touchpoints
      .get(touchpointId)
      ?.metrics.find((m) => m.id === metricId)
      ?.label?.trim() || t(`kpi.${kpi}`);
  blocks.push(
    report.kpis.length === 0
      ? { kind: 'empty', caption: t('reportDoc.kpis'), text: t('reportDoc.noKpis') }
      : {
          kind: 'table',
          caption: t('reportDoc.kpis'),
          columns: [
            col('reportDoc.column.touchpoint', 20),
            col('reportDoc.column.kpi', 24),
            col('reportDoc.column.baseline', 10, true),
            col('reportDoc.column.current', 10, true),
            col('reportDoc.column.target', 10, true),
            col('reportDoc.column.change', 10, true),
            col('reportDoc.column.progress', 12, true),
          ],
          rows: report.kpis.map((k) => [
            touchpointCell(k.touchpointId),
            cell(metricName(k.touchpointId, k.metricId, k.kpi)),
            cell(formatWithUnit(k.baseline, k.unit)),
            cell(formatWithUnit(k.current, k.unit)),
            cell(formatWithUnit(k.target, k.unit)),
            cell(formatWithUnit(k.delta, k.unit, true)),
            cell(formatPercent(k.progress)),
          ]),
        },
  );

  blocks.push({ kind: 'heading', text: t('reportDoc.figures') });
  blocks.push({
    kind: 'table',
    caption: t('reportDoc.pyramidByStage'),
    columns: [
      col('reportDoc.column.stage', 40),
      ...TIERS.map((tier) => ({ label: map.tiers[tier], weight: 20, numeric: true })),
    ],
    rows: [
      ...journey.stages.map((s) => {
        const counts = report.pyramid.byStage[s.id]!;
        return [cell(stageName(s.id)), ...TIERS.map((tier) => cell(String(counts[tier])))];
      }),
      [
        cell(t('reportDoc.allStages'), { strong: true }),
        ...TIERS.map((tier) => cell(String(report.pyramid[tier]), { strong: true })),
      ],
    ],
  });
  const channels = Object.entries(report.channelMatrix);
  blocks.push(
    channels.length === 0
      ? { kind: 'empty', caption: t('reportDoc.channelsByStage'), text: t('reportDoc.noTouchpoints') }
      : {
          kind: 'table',
          caption: t('reportDoc.channelsByStage'),
          columns: [
            col('reportDoc.column.channel', 24),
            ...journey.stages.map((s) => ({ label: stageName(s.id), weight: 10, numeric: true })),
          ],
          rows: channels.map(([channel, row]) => [
            cell(channelLabel(journey, words, channel)),
            ...journey.stages.map((s) => (row[s.id] ? cell(String(row[s.id])) : cell('0', { quiet: true }))),
          ]),
        },
  );
  return blocks;
}
