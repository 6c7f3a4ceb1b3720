/**
 * `journey-studio export`: the map as PNG, SVG or PDF, or the CX report as HTML, Markdown,
 * CSV or JSON. Its flags are the export option matrix (shared/export/options.ts), so they
 * take exactly the values, ranges and defaults the app's Export dialog does.
 */
import {
  EXPORT_FORMATS,
  EXPORT_OPTION_NAMES,
  EXPORT_OPTION_RULES,
  ExportRefusedError,
  resolveExportOptions,
  type ExportOptionName,
  type ExportOptionProblem,
  type OptionRule,
} from '../../../shared/export';
import { buildExport, exportPaths } from '../../node/export/exportJourney';
import { CliFailure, choiceOption, stringOption, type CliCommand, type CliContext, type CliOption } from '../contract';
import { checkOutputPaths, readInputJourney, writeOutputs } from '../journeyIo';
import { BANDS_OPTION, bandsOption } from './bandsOption';
import { REPORT_LANG_OPTION, reportWordsOption } from './reportLang';
import { MERMAID_FORMAT, exportMermaid } from './exportMermaid';

/** What each option does, for --help; the values and formats come from the matrix. */
const DESCRIPTIONS: Record<ExportOptionName, string> = {
  scale: 'pixels per map pixel, clamped to 16,384 px a side with a note',
  background: "the theme's page colour, white, or transparent",
  theme: 'the map in light or dark colours',
  page: 'the paper size',
  orientation: 'the paper orientation',
  tile: 'spread the map over pages at natural size, with overlap and crop marks, instead of fitting it on one',
};

const or = (items: readonly (string | number)[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

function describeDefault(rule: OptionRule): string {
  return rule.kind === 'flag' ? '' : ` (default: ${rule.default})`;
}

function matrixFlag(name: ExportOptionName): CliOption {
  const rule: OptionRule = EXPORT_OPTION_RULES[name];
  const formats = rule.formats.join(', ');
  const description = `${formats}: ${DESCRIPTIONS[name]}${describeDefault(rule)}`;
  if (rule.kind === 'flag') return { type: 'boolean', description };
  return {
    type: 'string',
    value: rule.kind === 'number' ? 'N' : rule.choices.join('|'),
    description: rule.kind === 'number' ? `${description}, from ${rule.min} to ${rule.max}` : description,
  };
}

function problemMessage(problem: ExportOptionProblem): string {
  const flag = `--${problem.option}`;
  switch (problem.kind) {
    case 'not-applicable':
      return `${flag} applies to --format ${problem.formats.join(' or ')}, not ${problem.format}`;
    case 'out-of-range': {
      const { min, max, presets } = problem.rule;
      return `${flag} must be a number from ${min} to ${max} (for example ${or(presets)}), not "${String(problem.value)}"`;
    }
    case 'unknown-choice':
      return `unknown ${flag} "${String(problem.value)}"; choose one of: ${problem.choices.join(', ')}`;
    case 'not-a-flag':
      return `${flag} takes no value`;
  }
}

function exportRequest(ctx: CliContext) {
  const format = choiceOption(ctx, 'format', EXPORT_FORMATS);
  if (!format) throw new CliFailure(`--format is required (one of: ${EXPORT_FORMATS.join(', ')})`, { showUsage: true });
  const out = stringOption(ctx, 'out');
  if (!out) throw new CliFailure('--out <path> is required', { showUsage: true });
  const given = Object.fromEntries(
    EXPORT_OPTION_NAMES.map((name) => [
      name,
      EXPORT_OPTION_RULES[name].kind === 'flag' ? ctx.values[name] : stringOption(ctx, name),
    ]),
  );
  const resolved = resolveExportOptions(format, given);
  if (!resolved.ok) throw new CliFailure(problemMessage(resolved.problem));
  return { format, out, options: resolved.options };
}

export const exportCommand: CliCommand = {
  name: 'export',
  operands: '<file>',
  synopsis: 'export the map (png, svg, pdf) or the CX report (html, md, csv, json)',
  summary: [
    'Exports the map (png, svg, pdf) or the CX report (html, md, csv, json) to --out.',
    'png: a map that would have to shrink below 0.25× to fit 16,384 px a side is refused (export it as a tiled PDF).',
    'pdf: vector, the map fitted on one page, or with --tile at natural size across pages.',
    'csv: two tables; --out report.csv writes report.touchpoints.csv and report.pain-points.csv.',
    'mermaid: the journey as a Mermaid journey diagram, for Markdown (lossy: stages, touchpoints and emotions).',
    'Existing output files are replaced; the input file never is.',
  ].join('\n'),
  options: {
    format: {
      type: 'string',
      short: 'f',
      value: [...EXPORT_FORMATS, MERMAID_FORMAT].join('|'),
      required: true,
      description: 'what to make',
    },
    out: { type: 'string', short: 'o', value: '<path>', required: true, description: 'the file to write' },
    ...Object.fromEntries(EXPORT_OPTION_NAMES.map((name) => [name, matrixFlag(name)])),
    bands: BANDS_OPTION,
    lang: REPORT_LANG_OPTION,
  },
  async run(ctx) {
    // Mermaid is text of its own, outside the map and report pipeline.
    if (stringOption(ctx, 'format') === MERMAID_FORMAT) return exportMermaid(ctx);
    const { format, out, options } = exportRequest(ctx);
    const words = reportWordsOption(ctx);
    const bands = bandsOption(ctx);
    const { journey, path: inputPath } = await readInputJourney(ctx);
    const outPath = ctx.resolvePath(out);
    await checkOutputPaths(ctx, exportPaths(outPath, format), inputPath);
    let result;
    try {
      result = await buildExport(journey, outPath, { format, ...options, words, bands });
    } catch (error) {
      if (error instanceof ExportRefusedError) throw new CliFailure(error.message);
      throw error;
    }
    await writeOutputs(ctx, result.files);
    for (const notice of result.notices) ctx.io.stderr(`note: ${notice}\n`);
    return 0;
  },
};
