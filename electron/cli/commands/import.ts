/**
 * `journey-studio import`: another tool's file (CSV, XLSX, a Mermaid journey, an .ojf, an
 * enablement-map-studio YAML) as a version 2 journey file (docs/import.md). Problems go to
 * stderr one a line with exit 2 and nothing written; notes (what was guessed or dropped) go to
 * stderr as `note:` lines. An existing --out is replaced only with --force (kept as .bak).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import {
  IMPORT_FORMATS,
  MAX_IMPORT_BYTES,
  detectImportFormat,
  formatImportProblem,
  importJourney,
  type ImportFormat,
} from '../../../shared/import';
import { overLimitMessage } from '../../../shared/model/fileLimits';
import { serializeJourneyV2 } from '../../../shared/model/v2';
import { describeFsError, writeFileAtomically } from '../../node/journeyFiles';
import { CliFailure, choiceOption, stringOption, type CliCommand } from '../contract';
import { shownPath } from '../journeyIo';
import { REPORT_LANG_OPTION, uiLanguageOption } from './reportLang';
import { pathExists } from '../pathExists';

export const importCommand: CliCommand = {
  name: 'import',
  operands: '<input>',
  synopsis: 'a journey from CSV, XLSX, Mermaid, .ojf or enablement-map-studio YAML',
  summary: [
    'Reads a table (CSV or XLSX: one row a touchpoint, headers in English or Chinese), a Mermaid',
    'journey diagram, an Open Journey Format file (.ojf) or an enablement-map-studio YAML file (ems)',
    'and writes it as a journey file to --out. The format comes from --from, else the extension or',
    'the content. Problems are listed on stderr, one a line (line numbers count the header as',
    'line 1), with exit 2 and nothing written; "note:" lines say what was guessed or dropped.',
    'An existing --out is replaced only with --force (the old one is kept as .bak).',
  ].join('\n'),
  options: {
    out: { type: 'string', short: 'o', value: '<file>', required: true, description: 'the journey file to write' },
    from: {
      type: 'string',
      value: IMPORT_FORMATS.join('|'),
      description: 'the input format (default: from the name or content)',
    },
    lang: {
      ...REPORT_LANG_OPTION,
      description: "the language of the names the import makes up (the lane's, a default persona's)",
    },
    force: { type: 'boolean', description: 'replace --out if it exists (the old one is kept as .bak)' },
  },
  async run(ctx) {
    const { positionals, io, resolvePath, values } = ctx;
    if (positionals.length !== 1) {
      throw new CliFailure(
        positionals.length === 0 ? 'name the file to import' : `expected one file to import, got ${positionals.length}`,
        { showUsage: true },
      );
    }
    const out = stringOption(ctx, 'out');
    if (out === undefined || out === '') throw new CliFailure('--out <file> is required', { showUsage: true });
    const lang = uiLanguageOption(ctx);
    const given = choiceOption(ctx, 'from', IMPORT_FORMATS);
    const file = positionals[0]!;
    const inputPath = resolvePath(file);
    const outPath = resolvePath(out);
    if (outPath === inputPath) throw new CliFailure(`refusing to write ${out}: it is the input file`);
    if (values.force !== true && (await pathExists(outPath))) {
      throw new CliFailure(`${out} already exists; pass --force to replace it (the old one is kept as .bak)`);
    }
    let bytes: Uint8Array;
    try {
      const size = (await stat(inputPath)).size;
      if (size > MAX_IMPORT_BYTES)
        throw new CliFailure(`cannot import ${file}: ${overLimitMessage(size, MAX_IMPORT_BYTES)}`);
      bytes = new Uint8Array(await readFile(inputPath));
    } catch (error) {
      if (error instanceof CliFailure) throw error;
      throw new CliFailure(`cannot read ${file}: ${describeFsError(error)}`);
    }
    const format: ImportFormat | null = given ?? detectImportFormat(file, bytes);
    if (!format) {
      throw new CliFailure(`cannot tell the format of ${file}; pass --from ${IMPORT_FORMATS.join('|')}`);
    }
    const title = basename(file, extname(file));
    const result = await importJourney(bytes, { format, lang, title });
    if (!result.ok) {
      io.stderr(
        `${file}: not imported (${result.problems.length} ${result.problems.length === 1 ? 'problem' : 'problems'})\n`,
      );
      for (const problem of result.problems) io.stderr(`  ${formatImportProblem(problem)}\n`);
      return 2;
    }
    for (const note of result.notes) io.stderr(`note: ${note}\n`);
    try {
      await writeFileAtomically(outPath, serializeJourneyV2(result.journey), { backup: values.force === true });
    } catch (error) {
      const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
      throw new CliFailure(`cannot write ${shownPath(ctx, outPath)}: ${describeFsError(cause)}`);
    }
    const j = result.journey;
    io.stdout(
      `imported ${file} (${format}) to ${out}: ${j.stages.length} stages, ${j.touchpoints.length} touchpoints, ${j.steps.length} steps, ${j.personas.length} personas\n`,
    );
    return 0;
  },
};
