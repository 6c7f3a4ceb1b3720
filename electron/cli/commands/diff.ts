/**
 * `journey-studio diff`: what changed between two versions of a journey, in sentences (text,
 * Markdown, HTML) or as the JSON contract. Either file may be version 1 or 2 (version 1 is
 * migrated first). Exit 0 when the two are the same journey, 1 when they differ, 2 when a file
 * cannot be read or is not a valid journey, like diff(1).
 */
import { DIFF_FORMATS, diffJourneys, renderDiff } from '../../../shared/versions';
import { describeFsError, writeFileAtomically } from '../../node/journeyFiles';
import { CliFailure, choiceOption, stringOption, type CliCommand, type CliContext } from '../contract';
import { checkOutputPaths, shownPath } from '../journeyIo';
import { readJourneyVersion as readVersion } from '../readJourneyVersion';

/** What git passes for a file that does not exist on one side (added or deleted). */
const GIT_NO_FILE = '/dev/null';

/**
 * git's external diff (`diff.<driver>.command`): `<path> <old-file> <old-hex> <old-mode>
 * <new-file> <new-hex> <new-mode>`, plus `<new-path> <similarity>` for a rename. git stops at a
 * non-zero exit, so a difference exits 0; only a file that cannot be read fails (exit 2).
 */
async function runAsGitDriver(ctx: CliContext, format: (typeof DIFF_FORMATS)[number]): Promise<number> {
  const args = ctx.positionals;
  if (args.length !== 7 && args.length !== 9) {
    throw new CliFailure(`--git takes the 7 or 9 arguments git passes to a diff driver, got ${args.length}`, {
      showUsage: true,
    });
  }
  const [path, oldFile, , , newFile] = args as [string, string, string, string, string];
  const newPath = args.length === 9 ? args[7]! : path;
  const labels = { oldLabel: `a/${path}`, newLabel: `b/${newPath}` };
  if (oldFile === GIT_NO_FILE || newFile === GIT_NO_FILE) {
    const side = oldFile === GIT_NO_FILE ? 'added' : 'deleted';
    const journey =
      side === 'added'
        ? await readVersion(ctx, newFile, labels.newLabel)
        : await readVersion(ctx, oldFile, labels.oldLabel);
    ctx.io.stdout(
      `${side === 'added' ? '+++' : '---'} ${side === 'added' ? labels.newLabel : labels.oldLabel}  ${journey.title}\n`,
    );
    ctx.io.stdout(
      `${side === 'added' ? '+ Added' : '- Deleted'} the journey file (${journey.touchpoints.length} touchpoints)\n`,
    );
    return 0;
  }
  const before = await readVersion(ctx, oldFile, labels.oldLabel);
  const after = await readVersion(ctx, newFile, labels.newLabel);
  ctx.io.stdout(renderDiff(diffJourneys(before, after), before, after, format, labels));
  return 0;
}

export const diffCommand: CliCommand = {
  name: 'diff',
  operands: '<old> <new>',
  synopsis: 'what changed between two versions (exit 0 same, 1 different, 2 trouble)',
  summary: [
    'Compares two versions of a journey, matching stages, lanes, personas, cards, connections,',
    'pain points, opportunities, metrics and channels by id (a version 1 file is migrated first),',
    "and lists each change in journey order as a sentence: \"Moved 'Kiosk check-in' from Arrival to",
    'Stay", "Pain point \'Room not ready\' severity 5 -> 3"; long texts as word diffs. --format json',
    'is the contract. Colour only on a terminal. Exit 0 when the two are the same journey (updatedAt',
    'aside), 1 when they differ, 2 when a file cannot be read or is not a valid journey.',
  ].join('\n'),
  options: {
    format: {
      type: 'string',
      short: 'f',
      value: DIFF_FORMATS.join('|'),
      description: 'the output format (default: text)',
    },
    out: { type: 'string', short: 'o', value: '<path>', description: 'write to this file instead of standard output' },
    git: {
      type: 'boolean',
      description: "run as git's diff driver (diff.journey.command): take git's 7 or 9 arguments, exit 0",
    },
  },
  async run(ctx) {
    const format = choiceOption(ctx, 'format', DIFF_FORMATS) ?? 'text';
    const out = stringOption(ctx, 'out');
    if (ctx.values.git !== true && ctx.positionals.length !== 2) {
      throw new CliFailure(`name the two journey files to compare, old then new (got ${ctx.positionals.length})`, {
        showUsage: true,
      });
    }
    if (ctx.values.git === true) {
      if (out !== undefined) throw new CliFailure('--git writes to standard output, for git; leave out --out');
      return runAsGitDriver(ctx, format);
    }
    const [oldFile, newFile] = ctx.positionals as [string, string];
    const before = await readVersion(ctx, oldFile);
    const after = await readVersion(ctx, newFile);
    const diff = diffJourneys(before, after);
    const exit = diff.changes.length === 0 ? 0 : 1;
    const labels = { oldLabel: oldFile, newLabel: newFile };
    if (out === undefined) {
      ctx.io.stdout(
        renderDiff(diff, before, after, format, { ...labels, colour: format === 'text' && ctx.io.colour === true }),
      );
      return exit;
    }
    const outPath = ctx.resolvePath(out);
    for (const input of [oldFile, newFile]) await checkOutputPaths(ctx, [outPath], ctx.resolvePath(input));
    try {
      await writeFileAtomically(outPath, renderDiff(diff, before, after, format, labels), { backup: false });
    } catch (error) {
      const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
      throw new CliFailure(`cannot write ${shownPath(ctx, outPath)}: ${describeFsError(cause)}`);
    }
    ctx.io.stdout(`wrote ${shownPath(ctx, outPath)}\n`);
    return exit;
  },
};
