/** `journey-studio export`: the map as PNG, SVG or PDF, or the CX report as HTML, Markdown, CSV or JSON. */
import {
  EXPORT_FORMATS,
  MAX_SCALE,
  MIN_SCALE,
  buildExport,
  exportPaths,
  type ExportFormat,
  type ExportOptions,
} from '../node/export/exportJourney';
import { PAGE_SIZES, type Orientation, type PageSize } from '../node/export/pdfLayout';
import type { CliCommand, CliContext } from './commands';
import {
  CliFailure,
  checkOutputPaths,
  choiceOption,
  readInputJourney,
  runReportingFailures,
  stringOption,
  writeOutputs,
} from './exportIo';

const USAGE =
  'journey-studio export <file> --format png|svg|pdf|html|md|csv|json --out <path> [--scale N] [--background white|transparent] [--theme light|dark] [--page a4|a3|letter|tabloid] [--orientation landscape|portrait] [--tile]';

/** Which formats each option means something for; using one elsewhere is an error, not silently ignored. */
const APPLIES_TO: Record<string, readonly ExportFormat[]> = {
  scale: ['png'],
  background: ['png', 'svg'],
  theme: ['png', 'svg', 'pdf', 'html'],
  page: ['pdf'],
  orientation: ['pdf'],
  tile: ['pdf'],
};

function parseScale(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const scale = Number(text);
  if (text.trim() === '' || !Number.isFinite(scale) || scale < MIN_SCALE || scale > MAX_SCALE) {
    throw new CliFailure(
      `--scale must be a number from ${MIN_SCALE} to ${MAX_SCALE} (for example 1, 2 or 4), not "${text}"`,
    );
  }
  return scale;
}

function exportOptions(ctx: CliContext): { options: ExportOptions; out: string } {
  const format = choiceOption(ctx, 'format', EXPORT_FORMATS);
  if (!format) throw new CliFailure(`--format is required (one of: ${EXPORT_FORMATS.join(', ')})\nusage: ${USAGE}`);
  const out = stringOption(ctx, 'out');
  if (!out) throw new CliFailure(`--out <path> is required\nusage: ${USAGE}`);
  for (const [option, formats] of Object.entries(APPLIES_TO)) {
    if (ctx.values[option] !== undefined && !formats.includes(format)) {
      throw new CliFailure(`--${option} applies to --format ${formats.join(' or ')}, not ${format}`);
    }
  }
  const options: ExportOptions = {
    format,
    scale: parseScale(stringOption(ctx, 'scale')),
    background: choiceOption(ctx, 'background', ['white', 'transparent'] as const),
    theme: choiceOption(ctx, 'theme', ['light', 'dark'] as const),
    page: choiceOption(ctx, 'page', Object.keys(PAGE_SIZES) as PageSize[]),
    orientation: choiceOption(ctx, 'orientation', ['landscape', 'portrait'] as Orientation[]),
    tile: ctx.values.tile === true,
  };
  return { options, out };
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: USAGE,
  summary: [
    'Exports the map (png, svg, pdf) or the CX report (html, md, csv, json) to --out.',
    'png: --scale 0.25 to 4 (default 1), clamped to 16,384 px a side with a note; --background white|transparent.',
    'pdf: vector, --page a4 (default), a3, letter or tabloid, --orientation landscape (default) or portrait;',
    '     the map fits one page, or with --tile spreads over pages at natural size with overlap and crop marks.',
    'csv: two tables; --out report.csv writes report.touchpoints.csv and report.pain-points.csv.',
    'Existing output files are replaced; the input file never is.',
  ].join('\n'),
  options: {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    scale: { type: 'string' },
    background: { type: 'string' },
    theme: { type: 'string' },
    page: { type: 'string' },
    orientation: { type: 'string' },
    tile: { type: 'boolean' },
  },
  run(ctx) {
    return runReportingFailures(ctx, 'export', async () => {
      const { options, out } = exportOptions(ctx);
      const { journey, path: inputPath } = await readInputJourney(ctx, USAGE);
      await checkOutputPaths(ctx, exportPaths(ctx.resolvePath(out), options.format), inputPath);
      const result = await buildExport(journey, ctx.resolvePath(out), options);
      await writeOutputs(ctx, result.files);
      for (const notice of result.notices) ctx.io.stderr(`note: ${notice}\n`);
      return 0;
    });
  },
};
