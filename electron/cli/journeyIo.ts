/**
 * What `export` and `report` share: reading the input journey, checking where output may go
 * (never over the input, only into an existing folder), and writing it; each failure is a
 * CliFailure, which the runner prints as one line.
 */
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative } from 'node:path';
import { formatProblem, type Journey, type Problem } from '../../shared/model';
import type { ExportFile } from '../node/export/exportJourney';
import { describeFsError, readJourneyFile, writeFileAtomically } from '../node/journeyFiles';
import { CliFailure, type CliContext } from './contract';

export async function readInputJourney(ctx: CliContext): Promise<{ journey: Journey; path: string }> {
  if (ctx.positionals.length !== 1) {
    throw new CliFailure(
      ctx.positionals.length === 0
        ? 'name the journey file to read'
        : `expected one journey file, got ${ctx.positionals.length}`,
      { showUsage: true },
    );
  }
  const file = ctx.positionals[0]!;
  const path = ctx.resolvePath(file);
  const result = await readJourneyFile(path);
  if (result.ok) {
    printMigrationNotes(ctx, file, result.notes);
    return { journey: result.journey, path };
  }
  const [first] = result.problems;
  if (result.reason === 'unreadable') throw new CliFailure(`cannot read ${file}: ${first?.message ?? 'unknown error'}`);
  const more = result.problems.length - 1;
  throw new CliFailure(
    `${file} is not a valid journey file: ${first ? formatProblem(first) : 'unknown problem'}` +
      (more > 0 ? ` (and ${more} more; "journey-studio validate ${file}" lists them all)` : ''),
    { exitCode: 1 },
  );
}

/**
 * What upgrading an older file changed (a self-loop dropped, a position moved into its cell),
 * one `note: <file>: <path>: <message>` line each on stderr, so nothing changes unannounced.
 */
export function printMigrationNotes(ctx: CliContext, file: string, notes: readonly Problem[]): void {
  for (const note of notes) ctx.io.stderr(`note: ${file}: ${formatProblem(note)}\n`);
}

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/** A path as the user would type it: relative inside the working folder, else absolute. */
export function shownPath(ctx: CliContext, path: string): string {
  const rel = relative(ctx.io.cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Refuses an output path that is the input file (by path or by inode), a folder, or in a missing folder. */
async function checkOutputPath(outPath: string, inputPath: string, shown: string): Promise<void> {
  const [out, input] = await Promise.all([statOrNull(outPath), statOrNull(inputPath)]);
  if (outPath === inputPath || (out && input && out.dev === input.dev && out.ino === input.ino)) {
    throw new CliFailure(`refusing to write ${shown}: it is the input file`);
  }
  if (out?.isDirectory()) throw new CliFailure(`cannot write ${shown}: it is a folder`);
  const folder = await statOrNull(dirname(outPath));
  if (!folder) throw new CliFailure(`cannot write ${shown}: the folder ${dirname(shown)} does not exist`);
  if (!folder.isDirectory()) throw new CliFailure(`cannot write ${shown}: ${dirname(shown)} is not a folder`);
}

export async function checkOutputPaths(ctx: CliContext, paths: readonly string[], inputPath: string): Promise<void> {
  for (const path of paths) await checkOutputPath(path, inputPath, shownPath(ctx, path));
}

/** Writes each file atomically (no backup: exports are regenerated at will) and says so on stdout. */
export async function writeOutputs(ctx: CliContext, files: readonly ExportFile[]): Promise<void> {
  for (const file of files) {
    try {
      await writeFileAtomically(file.path, file.data, { backup: false });
    } catch (error) {
      // SaveError keeps the file-system error as its cause.
      const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
      throw new CliFailure(`cannot write ${shownPath(ctx, file.path)}: ${describeFsError(cause)}`);
    }
    ctx.io.stdout(`wrote ${shownPath(ctx, file.path)}\n`);
  }
}
