/**
 * `journey-studio merge`: the three-way merge of two versions of a journey that share a base
 * (shared/versions/mergeJourneys.ts), written atomically to --out; with --git, git's merge
 * driver (`merge.<driver>.driver`), which writes the merge over the "ours" file git passes.
 * Exit 0 clean, 1 merged with conflicts (the output is still written and valid, each conflict a
 * line on stderr), 2 bad input (nothing written). Any input may be format version 1 or 2.
 */
import { stat } from 'node:fs/promises';
import { serializeJourneyV2, type JourneyV2 } from '../../../shared/model/v2';
import { conflictLine, mergeJourneys, resolutionLine } from '../../../shared/versions';
import { formatProblem } from '../../../shared/model';
import { describeFsError, writeFileAtomically } from '../../node/journeyFiles';
import { CliFailure, stringOption, type CliCommand, type CliContext } from '../contract';
import { checkOutputPaths, shownPath } from '../journeyIo';
import { readJourneyVersion } from '../readJourneyVersion';

interface Inputs {
  paths: readonly [string, string, string];
  /** What messages call each file. */
  shown: readonly [string, string, string];
}

async function writeMerge(ctx: CliContext, path: string, text: string, backup: boolean): Promise<void> {
  try {
    await writeFileAtomically(path, text, { backup });
  } catch (error) {
    const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
    throw new CliFailure(`cannot write ${shownPath(ctx, path)}: ${describeFsError(cause)}`);
  }
}

/** Reads the three versions (all before anything is written), merges, writes, reports. */
async function mergeFiles(ctx: CliContext, inputs: Inputs, out: string, backup: boolean): Promise<number> {
  const versions: JourneyV2[] = [];
  for (let i = 0; i < 3; i++) versions.push(await readJourneyVersion(ctx, inputs.paths[i]!, inputs.shown[i]));
  const [base, ours, theirs] = versions as [JourneyV2, JourneyV2, JourneyV2];
  const result = mergeJourneys(base, ours, theirs);
  await writeMerge(ctx, out, serializeJourneyV2(result.journey), backup);
  for (const conflict of result.conflicts) ctx.io.stderr(`${conflictLine(conflict)}\n`);
  for (const resolution of result.resolutions) ctx.io.stderr(`${resolutionLine(resolution)}\n`);
  if (result.fallback) {
    const problems = result.fallback.slice(0, 3).map(formatProblem).join('; ');
    ctx.io.stderr(
      `journey-studio merge: the merge came out invalid (${problems}), which is a bug; wrote ours unchanged\n`,
    );
  }
  return result.conflicts.length > 0 || result.fallback ? 1 : 0;
}

async function isEmptyFile(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    return info.isFile() && info.size === 0;
  } catch {
    return false;
  }
}

export const mergeCommand: CliCommand = {
  name: 'merge',
  operands: '<base> <ours> <theirs>',
  synopsis: 'three-way merge of two versions of a journey (exit 0 clean, 1 conflicts, 2 trouble)',
  summary: [
    'Merges two versions of a journey (ours and theirs) made from one base, entity by entity and',
    'field by field, matched by id (a version 1 file is migrated first): edits to different cards,',
    'fields, stages, lanes or annotations merge cleanly. Where both changed one field differently,',
    'or one side removed what the other changed, the output keeps ours (and the changed entity',
    'rather than the removal) and stderr gets one line per conflict:',
    '  conflict: <entity> <id> <field>: ours <value>, theirs <value>',
    'A reference left dangling (a card in a stage the other side removed, a flow to a removed card)',
    'is resolved by keeping what it names, each as a "resolved:" line. The output is always a valid',
    'journey, written atomically (an existing --out file is kept as <file>.bak). Exit 0 clean, 1',
    'merged with conflicts, 2 when a file cannot be read or is not a valid journey (nothing written).',
  ].join('\n'),
  options: {
    out: {
      type: 'string',
      short: 'o',
      value: '<file>',
      required: true,
      description: 'where to write the merged journey',
    },
    git: {
      type: 'boolean',
      description:
        "run as git's merge driver (merge.journey.driver): take %O %A %B [%P], write the merge over %A, exit 1 on a conflict",
    },
  },
  async run(ctx) {
    const out = stringOption(ctx, 'out');
    const args = ctx.positionals;
    if (ctx.values.git === true) {
      if (out !== undefined)
        throw new CliFailure('--git writes the merge over the ours file git names; leave out --out');
      if (args.length !== 3 && args.length !== 4) {
        throw new CliFailure(`--git takes git's %O %A %B and optionally %P, got ${args.length} arguments`, {
          showUsage: true,
        });
      }
      const [base, ours, theirs, path] = args as [string, string, string, string | undefined];
      const shown = (side: string, file: string) => (path === undefined ? file : `${path} (${side})`);
      const inputs: Inputs = {
        paths: [base, ours, theirs],
        shown: [shown('base', base), shown('ours', ours), shown('theirs', theirs)],
      };
      // Added on both branches: git's base is an empty file. There is nothing to merge from, so
      // ours stays as it is and git reports the conflict.
      if (await isEmptyFile(ctx.resolvePath(base))) {
        ctx.io.stderr(
          `journey-studio merge: ${path ?? ours}: both sides added this file, so there is no common version to merge from; kept ours\n`,
        );
        return 1;
      }
      // git's temporary file: no backup beside it, it would be left in the working tree.
      return mergeFiles(ctx, inputs, ctx.resolvePath(ours), false);
    }
    if (args.length !== 3) {
      throw new CliFailure(`name the three journey files, base, ours and theirs (got ${args.length})`, {
        showUsage: true,
      });
    }
    if (out === undefined) throw new CliFailure('name the file to write the merge to with --out', { showUsage: true });
    const outPath = ctx.resolvePath(out);
    for (const input of args) await checkOutputPaths(ctx, [outPath], ctx.resolvePath(input));
    const paths = args as unknown as [string, string, string];
    const exit = await mergeFiles(ctx, { paths, shown: paths }, outPath, true);
    ctx.io.stdout(`wrote ${shownPath(ctx, outPath)}\n`);
    return exit;
  },
};
