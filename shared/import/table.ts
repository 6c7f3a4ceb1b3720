/**
 * A table (CSV or a spreadsheet's first sheet) to a journey: one row a touchpoint, read through
 * a column mapping (columns.ts). Every bad cell of every row is reported at once, with its line
 * in the file (the header is line 1), column and value; nothing is made when there is one.
 * docs/import.md lists the rules; the decisions not in the issue:
 * - an empty stage cell continues the stage above (merged cells in a spreadsheet come out so);
 * - a lane value naming a lane kind other than touchpoints (backstage, 后台, "Support processes")
 *   makes that row a step in such a lane (title, description and owner; the rest is noted as
 *   dropped); any other lane value names a touchpoint lane;
 * - an "emotion" column is the first persona's (named "Customer" in the journey's language);
 * - a cell that looks like a spreadsheet formula (=, +, -, @) is kept as text, never evaluated.
 */
import { TOUCHPOINT_LANE_KIND, type PainPointV2, type TouchpointV2 } from '../model/v2';
import { newItemIdV2 } from '../model/v2';
import { BuildLimitError, JourneyBuilder } from './builder';
import { mappingProblems, type ColumnMapping, type ImportField } from './columns';
import { MAX_CELL_CHARS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './limits';
import { coded, type ProblemValues } from './problemWords';
import type { ImportOptions, ImportProblem, ImportResult, ImportTable } from './types';
import { booleanOf, channelId, emotionOf, laneKindOf, painSourceOf, severityOf, tierOf } from './vocabulary';

const DEFAULT_SEVERITY = 3;
const FORMULA = /^[=+\-@]/;

/** Bounds every table must keep before it is mapped. */
export function tableLimitProblems(table: ImportTable): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (table.header.length > MAX_IMPORT_COLUMNS) {
    problems.push({
      line: 1,
      message: `${table.header.length} columns; an import reads at most ${MAX_IMPORT_COLUMNS}`,
    });
  }
  if (table.rows.length > MAX_IMPORT_ROWS) {
    problems.push({
      message: `${table.rows.length} rows; an import reads at most ${MAX_IMPORT_ROWS.toLocaleString('en')}`,
    });
  }
  return problems;
}

type Cells = Partial<Record<Exclude<ImportField, 'persona' | 'ignore'>, { text: string; header: string }>>;

export function importTable(
  table: ImportTable,
  mapping: readonly ColumnMapping[],
  options: ImportOptions = {},
): ImportResult {
  const limits = tableLimitProblems(table);
  if (limits.length > 0) return { ok: false, problems: limits };
  const mappingIssues = mappingProblems(mapping);
  if (mappingIssues.length > 0) return { ok: false, problems: mappingIssues.map((p) => ({ line: 1, ...p })) };

  const build = new JourneyBuilder(options);
  const problems: ImportProblem[] = [];
  const notes: string[] = [];
  const personaColumns = mapping.filter((m) => m.field === 'persona');
  const ignored = mapping.filter((m) => m.field === 'ignore' && m.header.trim() !== '');
  if (ignored.length > 0) notes.push(`columns not imported: ${ignored.map((m) => `"${m.header}"`).join(', ')}`);

  let personaIds: { column: ColumnMapping; id: string }[];
  let emotionPersona: string | null = null;
  try {
    if (mapping.some((m) => m.field === 'emotion'))
      emotionPersona = build.persona(build.word('importing.defaultPersona'));
    personaIds = personaColumns.map((column) => ({ column, id: build.persona(column.header) }));
  } catch (error) {
    if (error instanceof BuildLimitError) return { ok: false, problems: [{ line: 1, ...error.problem }] };
    throw error;
  }

  let stageAbove: string | null = null;
  let touchpointAbove: TouchpointV2 | null = null;
  let formulaLines: number[] = [];
  let emptyRows = 0;
  let defaultChannel = 0;
  let droppedFromSteps = 0;
  let stageFilledDown = false;
  const kindLaneNames = new Map<string, string>();

  for (const row of table.rows) {
    const bad = (column: string, value: string, code: string, values: ProblemValues = {}) =>
      problems.push({ line: row.line, column, value, ...coded(code, values) });
    if (row.cells.every((c) => c.trim() === '')) {
      emptyRows += 1;
      continue;
    }
    const cells: Cells = {};
    for (const m of mapping) {
      const raw = row.cells[m.index] ?? '';
      if (raw.length > MAX_CELL_CHARS) {
        bad(m.header, raw, 'cellTooLong', {
          length: raw.length.toLocaleString('en'),
          max: MAX_CELL_CHARS.toLocaleString('en'),
        });
        continue;
      }
      const text = raw.trim();
      if (FORMULA.test(text) && m.field !== 'emotion' && m.field !== 'persona') formulaLines.push(row.line);
      if (m.field !== 'persona' && m.field !== 'ignore') cells[m.field] = { text, header: m.header };
    }
    const value = (field: keyof Cells) => cells[field]?.text ?? '';

    // Stage: this row's, else the one above, else a default.
    let stageId: string;
    if (value('stage') !== '') stageId = build.stage(value('stage'));
    else if (stageAbove !== null) {
      stageId = stageAbove;
      if (cells.stage) stageFilledDown = true;
    } else stageId = build.stage(build.word('importing.defaultStage'));
    stageAbove = stageId;

    const painText = value('painPoint');
    const painPoint = (): PainPointV2 | null => {
      if (painText === '') {
        for (const field of ['severity', 'source'] as const) {
          if (value(field) !== '')
            bad(
              cells[field]!.header,
              value(field),
              field === 'severity' ? 'severityNeedsPainPoint' : 'sourceNeedsPainPoint',
            );
        }
        return null;
      }
      const severityText = value('severity');
      const severity = severityText === '' ? DEFAULT_SEVERITY : severityOf(severityText);
      if (severity === undefined) bad(cells.severity!.header, severityText, 'severity');
      const sourceText = value('source');
      const source = sourceText === '' ? 'direct' : painSourceOf(sourceText);
      if (source === undefined) bad(cells.source!.header, sourceText, 'source');
      return {
        id: newItemIdV2('painPoint'),
        text: painText,
        severity: severity ?? DEFAULT_SEVERITY,
        source: source ?? 'direct',
      };
    };

    const title = value('title');
    if (title === '') {
      // A row without a touchpoint adds its pain point to the touchpoint above.
      const titleHeader = mapping.find((m) => m.field === 'title')!.header;
      if (painText === '') {
        bad(titleHeader, '', 'noTouchpointNoPainPoint');
        continue;
      }
      if (touchpointAbove === null) {
        bad(titleHeader, '', 'painPointNeedsTouchpoint');
        continue;
      }
      const pain = painPoint();
      if (pain) touchpointAbove.painPoints.push(pain);
      continue;
    }

    // Lane: a touchpoint lane, or a step lane when the value names another lane kind.
    const laneText = value('lane');
    const namedKind = laneText === '' ? undefined : laneKindOf(laneText);
    const kind = namedKind ?? TOUCHPOINT_LANE_KIND;
    // A value that names a kind ("Backstage", "后台") is that kind's one lane, named as first written.
    if (namedKind && !kindLaneNames.has(namedKind)) kindLaneNames.set(namedKind, laneText);
    const laneName = laneText === '' ? null : namedKind ? kindLaneNames.get(namedKind)! : laneText;
    let laneId: string;
    try {
      laneId = build.lane(laneName, kind).id;
    } catch (error) {
      if (!(error instanceof BuildLimitError)) throw error;
      problems.push({ line: row.line, column: cells.lane!.header, value: laneText, ...error.problem });
      continue;
    }

    if (kind !== TOUCHPOINT_LANE_KIND) {
      const dropped =
        (['channel', 'tier', 'emotion', 'momentOfTruth', 'notes', 'painPoint', 'severity', 'source'] as const).filter(
          (f) => value(f) !== '',
        ).length + personaIds.filter(({ column }) => (row.cells[column.index] ?? '').trim() !== '').length;
      if (dropped > 0) droppedFromSteps += 1;
      build.step(stageId, laneId, {
        title,
        ...(value('description') ? { description: value('description') } : {}),
        ...(value('owner') ? { owner: value('owner') } : {}),
      });
      touchpointAbove = null;
      continue;
    }

    const fields: Partial<TouchpointV2> = { title, emotions: {}, painPoints: [] };
    const channelText = value('channel');
    if (channelText === '') defaultChannel += 1;
    else fields.channel = channelId(channelText) ?? build.customChannel(channelText);
    const tierText = value('tier');
    if (tierText !== '') {
      const tier = tierOf(tierText);
      if (tier) fields.tier = tier;
      else bad(cells.tier!.header, tierText, 'tier');
    }
    const emotionText = value('emotion');
    if (emotionText !== '' && emotionPersona) {
      const emotion = emotionOf(emotionText);
      if (emotion === undefined) bad(cells.emotion!.header, emotionText, 'emotion');
      else fields.emotions![emotionPersona] = emotion;
    }
    for (const { column, id } of personaIds) {
      const text = (row.cells[column.index] ?? '').trim();
      if (text === '') continue;
      const emotion = emotionOf(text);
      if (emotion === undefined) bad(column.header, text, 'personaEmotion', { persona: column.header });
      else fields.emotions![id] = emotion;
    }
    const motText = value('momentOfTruth');
    if (motText !== '') {
      const mot = booleanOf(motText);
      if (mot === undefined) bad(cells.momentOfTruth!.header, motText, 'momentOfTruth');
      else fields.momentOfTruth = mot;
    }
    for (const field of ['description', 'owner', 'notes'] as const) {
      if (value(field) !== '') fields[field] = value(field);
    }
    const pain = painPoint();
    if (pain) fields.painPoints!.push(pain);
    touchpointAbove = build.touchpoint(stageId, laneId, fields);
  }

  if (problems.length > 0) {
    // Row by row, and in a row left to right, as the file shows them.
    const columnOf = new Map<string, number>();
    for (const m of mapping) if (!columnOf.has(m.header)) columnOf.set(m.header, m.index);
    const order = (p: ImportProblem) => [p.line ?? 0, p.column === undefined ? -1 : (columnOf.get(p.column) ?? -1)];
    problems.sort((a, b) => {
      const [la, ca] = order(a);
      const [lb, cb] = order(b);
      return la! - lb! || ca! - cb!;
    });
    return { ok: false, problems };
  }
  if (build.journey.touchpoints.length === 0 && build.journey.steps.length === 0) {
    return { ok: false, problems: [coded('noRows')] };
  }
  if (emptyRows > 0) notes.push(`${emptyRows} empty ${emptyRows === 1 ? 'row' : 'rows'} skipped`);
  if (stageFilledDown) notes.push('rows with an empty stage were put in the stage above');
  if (defaultChannel > 0)
    notes.push(
      defaultChannel === 1
        ? '1 touchpoint without a channel was set to website'
        : `${defaultChannel} touchpoints without a channel were set to website`,
    );
  const custom = build.journey.channels ?? [];
  if (custom.length > 0) notes.push(`custom channels made: ${custom.map((c) => `"${c.name}"`).join(', ')}`);
  if (droppedFromSteps > 0) {
    notes.push(
      `${droppedFromSteps} ${droppedFromSteps === 1 ? 'row' : 'rows'} in step lanes kept only the title, description and owner (steps carry no channel, tier, emotion or pain point)`,
    );
  }
  formulaLines = [...new Set(formulaLines)];
  if (formulaLines.length > 0) {
    notes.push(
      `cells that look like spreadsheet formulas were kept as text (lines ${formulaLines.slice(0, 10).join(', ')}${formulaLines.length > 10 ? ', …' : ''})`,
    );
  }
  return build.finish(notes);
}
