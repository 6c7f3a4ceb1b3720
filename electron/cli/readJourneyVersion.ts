/**
 * Reading one version of a journey for `diff` and `merge`: any format version (version 1 is
 * migrated, each migration note printed as a `note:` line on stderr), the problems of a bad
 * file in one line, every failure a CliFailure (exit 2).
 */
import { readFile, stat } from 'node:fs/promises';
import { formatProblem } from '../../shared/model';
import { MAX_FILE_BYTES, overLimitMessage } from '../../shared/model/fileLimits';
import { loadJourneyTextV2, type JourneyV2 } from '../../shared/model/v2';
import { describeFsError } from '../node/journeyFiles';
import { CliFailure, type CliContext } from './contract';

/** How many of a bad file's problems the one-line message names. */
const PROBLEMS_SHOWN = 3;

/** Reads either version; `shown` is what messages call it (git's temporary files are called by the path in the repository). */
export async function readJourneyVersion(ctx: CliContext, path: string, shown = path): Promise<JourneyV2> {
  const file = shown;
  let text: string;
  try {
    const info = await stat(ctx.resolvePath(path));
    if (!info.isFile()) throw new CliFailure(`cannot read ${file}: it is not a file`);
    if (info.size > MAX_FILE_BYTES) throw new CliFailure(`cannot read ${file}: ${overLimitMessage(info.size)}`);
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(ctx.resolvePath(path)));
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    if (error instanceof TypeError)
      throw new CliFailure(`${file} is not a valid journey file: the file is not UTF-8 text`);
    throw new CliFailure(`cannot read ${file}: ${describeFsError(error)}`);
  }
  const loaded = loadJourneyTextV2(text);
  if (!loaded.ok) {
    const listed = loaded.problems.slice(0, PROBLEMS_SHOWN).map(formatProblem).join('; ');
    const more = loaded.problems.length - PROBLEMS_SHOWN;
    throw new CliFailure(`${file} is not a valid journey file: ${listed}${more > 0 ? ` (and ${more} more)` : ''}`);
  }
  for (const note of loaded.notes) ctx.io.stderr(`note: ${file}: ${formatProblem(note)}\n`);
  return loaded.journey;
}
