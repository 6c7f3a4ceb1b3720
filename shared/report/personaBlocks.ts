/**
 * The report's version 2 findings as document blocks (reportDocument.ts): with several personas,
 * each one's average emotion and lowest-rated touchpoint, and a stage-by-persona table of averages;
 * on a service blueprint, the root causes, each severe pain point with the frontstage, backstage
 * and support steps behind it (their titles and lane names). A journey of one persona and no
 * blueprint steps gets none of these, so its report reads as it always did.
 */
import type { Journey } from '../model/types';
import type { DocCell, DocColumn, ReportBlock } from './reportDocument';
import { formatNumber } from './reportText';
import type { ReportWords } from './reportWords';
import { ROOT_CAUSE_LANE_KINDS } from './rootCauses';
import type { Report } from './types';

const cell = (text: string, extra: Omit<DocCell, 'text'> = {}): DocCell => ({ text, ...extra });

/** Whether the journey has steps in the lanes root causes are traced to. */
export function hasBlueprintSteps(journey: Journey): boolean {
  const lanes = new Set(journey.lanes.filter((l) => ROOT_CAUSE_LANE_KINDS.includes(l.kind)).map((l) => l.id));
  return journey.steps.some((s) => lanes.has(s.laneId));
}

interface Lookups {
  named(text: string | undefined): string;
  touchpointCell(id: string): DocCell;
  stageName(id: string): string;
  col(key: string, weight: number, numeric?: boolean): DocColumn;
}

function lookups(journey: Journey, words: ReportWords): Lookups {
  const untitled = words.map.untitled;
  const named = (text: string | undefined) => text?.trim() || untitled;
  const touchpoints = new Map(journey.touchpoints.map((tp) => [tp.id, tp]));
  const stages = new Map(journey.stages.map((s) => [s.id, s]));
  const stageName = (id: string) => named(stages.get(id)?.name);
  return {
    named,
    stageName,
    touchpointCell: (id) => {
      const tp = touchpoints.get(id);
      return cell(tp ? named(tp.title) : '—', tp ? { sub: stageName(tp.stageId) } : {});
    },
    col: (key, weight, numeric = false) => ({ label: words.translate(key), weight, ...(numeric ? { numeric } : {}) }),
  };
}

/** The personas' figures: after the stages table. Nothing with fewer than two personas. */
export function personaFigureBlocks(journey: Journey, report: Report, words: ReportWords): ReportBlock[] {
  if (report.personas.length < 2) return [];
  const t = words.translate;
  const { named, touchpointCell, stageName, col } = lookups(journey, words);
  const description = new Map(journey.personas.map((p) => [p.id, p.description?.trim() ?? '']));
  return [
    {
      kind: 'table',
      caption: t('personas.report.personas'),
      columns: [
        col('personas.report.column.persona', 30),
        col('reportDoc.column.averageEmotion', 14, true),
        col('personas.report.column.lowest', 30),
      ],
      rows: report.personas.map((p) => {
        const about = description.get(p.id);
        return [
          cell(named(p.name), about ? { sub: about } : {}),
          cell(formatNumber(p.averageEmotion)),
          p.lowestTouchpointId === null ? cell('—', { quiet: true }) : touchpointCell(p.lowestTouchpointId),
        ];
      }),
    },
    {
      kind: 'table',
      caption: t('personas.report.byStage'),
      columns: [
        col('reportDoc.column.stage', 24),
        ...report.personas.map((p) => ({ label: named(p.name), weight: 10, numeric: true })),
      ],
      rows: report.stages.map((s) => [
        cell(stageName(s.id)),
        ...report.personas.map((p) => {
          const value = p.stages[s.id] ?? null;
          return value === null ? cell('—', { quiet: true }) : cell(formatNumber(value));
        }),
      ]),
    },
  ];
}

/** The root causes: after the pain points. Nothing on a journey without blueprint steps. */
export function rootCauseBlocks(journey: Journey, report: Report, words: ReportWords): ReportBlock[] {
  if (!hasBlueprintSteps(journey)) return [];
  const t = words.translate;
  const caption = t('personas.report.rootCauses');
  if (report.rootCauses.length === 0) return [{ kind: 'empty', caption, text: t('personas.report.noRootCauses') }];
  const { named, touchpointCell, col } = lookups(journey, words);
  const steps = new Map(journey.steps.map((s) => [s.id, s]));
  const lanes = new Map(journey.lanes.map((l) => [l.id, l]));
  const painText = new Map(journey.touchpoints.flatMap((tp) => tp.painPoints.map((p) => [p.id, p.text] as const)));
  const laneName = (laneId: string) => {
    const lane = lanes.get(laneId);
    return lane ? lane.name.trim() || t(`lanes.kind.${lane.kind}`) : '';
  };
  const stepText = (id: string) => {
    const step = steps.get(id);
    if (!step) return id;
    return t('personas.report.stepInLane', { step: named(step.title), lane: laneName(step.laneId) });
  };
  return [
    {
      kind: 'table',
      caption,
      columns: [
        col('reportDoc.column.rank', 4, true),
        col('reportDoc.column.severity', 11),
        col('reportDoc.column.painPoint', 28),
        col('reportDoc.column.touchpoint', 19),
        col('personas.report.column.steps', 38),
      ],
      rows: report.rootCauses.map((c, i) => [
        cell(String(i + 1)),
        cell(String(c.severity), { severity: c.severity, sub: t(`severity.${c.severity}`) }),
        cell(named(painText.get(c.painPointId))),
        touchpointCell(c.touchpointId),
        cell(c.stepIds.map(stepText).join(t('reportDoc.listSeparator'))),
      ]),
    },
  ];
}

/**
 * Blocks as Markdown lines (a `##` caption, as the report's other sections, then a table or the empty text), `escape` making
 * the user's text inert (markdown.ts's escapeMarkdown; passed in so the two files import no circle).
 */
export function blocksMarkdown(blocks: readonly ReportBlock[], escape: (text: string) => string): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'empty') out.push(`## ${escape(block.caption)}`, '', escape(block.text), '');
    if (block.kind !== 'table') continue;
    const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    out.push(
      `## ${escape(block.caption)}`,
      '',
      line(block.columns.map((c) => escape(c.label))),
      line(block.columns.map((c) => (c.numeric ? '---:' : '---'))),
      ...block.rows.map((row) => line(row.map((c) => escape(c.text)))),
      '',
    );
  }
  return out;
}
