/**
 * `journey-studio migrate`: writes a file of an older format version as version 2 (docs/format.md
 * "Migration from version 1"), with a `note:` line on stderr for everything the migration changed.
 * A version 2 file is written back unchanged (in the canonical form saving gives it).
 */
import { FORMAT_VERSION, formatProblem } from '../../../shared/model';
import { readJourneyFile, saveJourneyFile, SaveError } from '../../node/journeyFiles';
import { CliFailure, stringOption, type CliCommand } from '../contract';
import { printMigrationNotes, shownPath } from '../journeyIo';
import { pathExists } from '../pathExists';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  operands: '<file>',
  synopsis: `write a journey file as format version ${FORMAT_VERSION} (exit 0 written, 2 not)`,
  summary: [
    `Reads a journey file of any format version and writes it as version ${FORMAT_VERSION} to --out, with a`,
    '"note:" line on stderr for each thing the migration dropped or changed. A file that cannot be',
    'read or is not valid is refused with its problems listed (exit 2) and nothing is written.',
    'An existing --out file is replaced only with --force, or when --out names the input file itself;',
    'either way the old file is kept beside it as <file>.bak.',
  ].join('\n'),
  options: {
    out: { type: 'string', short: 'o', value: '<file>', required: true, description: 'the file to write' },
    force: { type: 'boolean', description: 'replace --out if it exists (the old one is kept as .bak)' },
  },
  async run(ctx) {
    const { positionals, io, resolvePath, values } = ctx;
    if (positionals.length !== 1) {
      throw new CliFailure(
        positionals.length === 0
          ? 'name the journey file to migrate'
          : `expected one journey file, got ${positionals.length}`,
        { showUsage: true },
      );
    }
    const out = stringOption(ctx, 'out');
    if (out === undefined || out === '') throw new CliFailure('--out <file> is required', { showUsage: true });
    const file = positionals[0]!;
    const inputPath = resolvePath(file);
    const outPath = resolvePath(out);
    const result = await readJourneyFile(inputPath);
    if (!result.ok) {
      io.stderr(`${file}: ${result.reason === 'unreadable' ? 'cannot be read' : 'not migrated, it is not valid'}\n`);
      for (const problem of result.problems) io.stderr(`  ${formatProblem(problem)}\n`);
      return 2;
    }
    // Naming the input as --out is the explicit request to upgrade it in place (its .bak is kept).
    const inPlace = outPath === inputPath;
    if (!inPlace && values.force !== true && (await pathExists(outPath))) {
      throw new CliFailure(`${out} already exists; pass --force to replace it (the old one is kept as .bak)`);
    }
    printMigrationNotes(ctx, file, result.notes);
    try {
      await saveJourneyFile(outPath, result.journey, { backup: inPlace || values.force === true });
    } catch (error) {
      throw new CliFailure(error instanceof SaveError ? error.message : `cannot write ${out}: ${String(error)}`);
    }
    const from =
      result.migratedFrom === undefined
        ? `already format version ${FORMAT_VERSION}`
        : `format version ${result.migratedFrom} -> ${FORMAT_VERSION}`;
    io.stdout(`wrote ${shownPath(ctx, outPath)} (${from})\n`);
    return 0;
  },
};
