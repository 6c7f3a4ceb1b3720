/**
 * `journey-studio diff`: what changed between two versions of a journey, in sentences (text,
 * Markdown, HTML) or as the JSON contract. Either file may be version 1 or 2 (version 1 is
 * migrated first). Exit 0 when the two are the same journey, 1 when they differ, 2 when a file
 * cannot be read or is not a valid journey, like diff(1).
 */
import { readFile, stat } from 'node:fs/promises';
import { formatProblem } from '../../../shared/model';
import { MAX_FILE_BYTES, overLimitMessage } from '../../../shared/model/fileLimits';
import { loadJourneyTextV2, type JourneyV2 } from '../../../shared/model/v2';
import { DIFF_FORMATS, diffJourneys, renderDiff } from '../../../shared/versions';
import { describeFsError, writeFileAtomically } from '../../node/journeyFiles';
import { CliFailure, choiceOption, stringOption, type CliCommand, type CliContext } from '../contract';
import { checkOutputPaths, shownPath } from '../journeyIo';

/** How many of a bad file's problems the one-line message names. */
const PROBLEMS_SHOWN = 3;

async function readVersion(ctx: CliContext, file: string): Promise<JourneyV2> {
  const path = ctx.resolvePath(file);
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliFailure(`cannot read ${file}: it is not a file`);
    if (info.size > MAX_FILE_BYTES) throw new CliFailure(`cannot read ${file}: ${overLimitMessage(info.size)}`);
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    if (error instanceof TypeError)
      throw new CliFailure(`${file} is not a valid journey file: the file is not UTF-8 text`);
    throw new CliFailure(`cannot read ${file}: ${describeFsError(error)}`);
  }
  const loaded = loadJourneyTextV2(text);
  if (!loaded.ok) {
    const shown = loaded.problems.slice(0, PROBLEMS_SHOWN).map(formatProblem).join('; ');
    const more = loaded.problems.length - PROBLEMS_SHOWN;
    throw new CliFailure(`${file} is not a valid journey file: ${shown}${more > 0 ? ` (and ${more} more)` : ''}`);
  }
  for (const note of loaded.notes) ctx.io.stderr(`note: ${file}: ${formatProblem(note)}\n`);
  return loaded.journey;
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
  },
  async run(ctx) {
    const format = choiceOption(ctx, 'format', DIFF_FORMATS) ?? 'text';
    const out = stringOption(ctx, 'out');
    if (ctx.positionals.length !== 2) {
      throw new CliFailure(`name the two journey files to compare, old then new (got ${ctx.positionals.length})`, {
        showUsage: true,
      });
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
