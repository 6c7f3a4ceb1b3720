/** `journey-studio report`: the CX report as JSON (the contract), Markdown, HTML or CSV, to stdout or --out. */
import {
  computeReport,
  joinCsvSections,
  renderReportCsv,
  renderReportJson,
  renderReportMarkdown,
  renderReportHtml,
} from '../../shared/report';
import { buildExport, exportPaths, isoDate } from '../node/export/exportJourney';
import type { CliCommand } from './commands';
import {
  checkOutputPaths,
  choiceOption,
  readInputJourney,
  runReportingFailures,
  stringOption,
  writeOutputs,
} from './exportIo';

const USAGE = 'journey-studio report <file> [--format json|md|html|csv] [--out <path>]';
const REPORT_FORMATS = ['json', 'md', 'html', 'csv'] as const;

export const reportCommand: CliCommand = {
  name: 'report',
  usage: USAGE,
  summary: [
    'Prints the CX report of a journey: totals, stages, ranked pain points, CX pyramid, warnings,',
    'channels by stage, KPI change and progress, ranked opportunities. --format json (default) is the',
    'contract the other formats render. Without --out it goes to standard output; CSV there is two',
    'sections ("# touchpoints", "# pain-points"), while --out report.csv writes report.touchpoints.csv',
    'and report.pain-points.csv.',
  ].join('\n'),
  options: {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
  },
  run(ctx) {
    return runReportingFailures(ctx, 'report', async () => {
      const format = choiceOption(ctx, 'format', REPORT_FORMATS) ?? 'json';
      const out = stringOption(ctx, 'out');
      const { journey, path: inputPath } = await readInputJourney(ctx, USAGE);
      if (out === undefined) {
        const report = computeReport(journey);
        const text =
          format === 'json'
            ? renderReportJson(report)
            : format === 'md'
              ? renderReportMarkdown(journey, report)
              : format === 'html'
                ? renderReportHtml(journey, report, { generatedAt: isoDate(new Date()) })
                : joinCsvSections(renderReportCsv(journey, report));
        ctx.io.stdout(text);
        return 0;
      }
      await checkOutputPaths(ctx, exportPaths(ctx.resolvePath(out), format), inputPath);
      const result = await buildExport(journey, ctx.resolvePath(out), { format });
      await writeOutputs(ctx, result.files);
      return 0;
    });
  },
};
