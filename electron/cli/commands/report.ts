/** `journey-studio report`: the CX report as JSON (the contract), Markdown, HTML or CSV, to stdout or --out. */
import { REPORT_FORMATS, DEFAULT_EXPORT_OPTION_VALUES, prepareExport } from '../../../shared/export';
import { joinCsvSections } from '../../../shared/report';
import { buildExport, exportPaths } from '../../node/export/exportJourney';
import { choiceOption, stringOption, type CliCommand } from '../contract';
import { checkOutputPaths, readInputJourney, writeOutputs } from '../journeyIo';
import { REPORT_LANG_OPTION, reportWordsOption } from './reportLang';

export const reportCommand: CliCommand = {
  name: 'report',
  operands: '<file>',
  synopsis: 'the CX report, to standard output or a file',
  summary: [
    'Prints the CX report of a journey: totals, stages, ranked pain points, CX pyramid, warnings,',
    'channels by stage, KPI change and progress, ranked opportunities. --format json (default) is the',
    'contract the other formats render. Without --out it goes to standard output; CSV there is two',
    'sections ("# touchpoints", "# pain-points"), while --out report.csv writes report.touchpoints.csv',
    'and report.pain-points.csv.',
  ].join('\n'),
  options: {
    format: {
      type: 'string',
      short: 'f',
      value: REPORT_FORMATS.join('|'),
      description: 'the report format (default: json)',
    },
    out: { type: 'string', short: 'o', value: '<path>', description: 'write to this file instead of standard output' },
    lang: REPORT_LANG_OPTION,
  },
  async run(ctx) {
    const format = choiceOption(ctx, 'format', REPORT_FORMATS) ?? 'json';
    const out = stringOption(ctx, 'out');
    const words = reportWordsOption(ctx);
    const { journey, path: inputPath } = await readInputJourney(ctx);
    if (out === undefined) {
      const prepared = prepareExport(journey, {
        format,
        options: DEFAULT_EXPORT_OPTION_VALUES,
        words,
        date: new Date(),
      });
      ctx.io.stdout(
        prepared.format === 'csv' ? joinCsvSections(prepared.tables) : 'text' in prepared ? prepared.text : '',
      );
      return 0;
    }
    const outPath = ctx.resolvePath(out);
    await checkOutputPaths(ctx, exportPaths(outPath, format), inputPath);
    const result = await buildExport(journey, outPath, { format, words });
    await writeOutputs(ctx, result.files);
    return 0;
  },
};
