/**
 * `journey-studio export --format mermaid`: the journey as a Mermaid journey diagram
 * (shared/export/mermaid.ts; lossy, docs/cli.md lists what is lost). The file is read as
 * version 2 (an older file is migrated first); the map options do not apply to it.
 */
import { readFile, stat } from 'node:fs/promises';
import { EXPORT_OPTION_NAMES } from '../../../shared/export';
import { journeyToMermaid } from '../../../shared/export/mermaid';
import { MAX_FILE_BYTES, overLimitMessage } from '../../../shared/model/fileLimits';
import { formatProblem } from '../../../shared/model/types';
import { loadJourneyTextV2 } from '../../../shared/model/v2';
import { describeFsError } from '../../node/journeyFiles';
import { CliFailure, stringOption, type CliContext } from '../contract';
import { checkOutputPaths, writeOutputs } from '../journeyIo';

export const MERMAID_FORMAT = 'mermaid';

export async function exportMermaid(ctx: CliContext): Promise<number> {
  const out = stringOption(ctx, 'out');
  if (!out) throw new CliFailure('--out <path> is required', { showUsage: true });
  for (const name of [...EXPORT_OPTION_NAMES, 'lang']) {
    if (ctx.values[name] !== undefined) throw new CliFailure(`--${name} does not apply to --format mermaid`);
  }
  if (ctx.positionals.length !== 1) {
    throw new CliFailure(
      ctx.positionals.length === 0
        ? 'name the journey file to read'
        : `expected one journey file, got ${ctx.positionals.length}`,
      { showUsage: true },
    );
  }
  const file = ctx.positionals[0]!;
  const inputPath = ctx.resolvePath(file);
  let text: string;
  try {
    const size = (await stat(inputPath)).size;
    if (size > MAX_FILE_BYTES) throw new CliFailure(`cannot read ${file}: ${overLimitMessage(size)}`);
    text = await readFile(inputPath, 'utf8');
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(`cannot read ${file}: ${describeFsError(error)}`);
  }
  const loaded = loadJourneyTextV2(text);
  if (!loaded.ok) {
    const [first] = loaded.problems;
    throw new CliFailure(`${file} is not a valid journey file: ${first ? formatProblem(first) : 'unknown problem'}`, {
      exitCode: 1,
    });
  }
  const outPath = ctx.resolvePath(out);
  await checkOutputPaths(ctx, [outPath], inputPath);
  await writeOutputs(ctx, [{ path: outPath, data: journeyToMermaid(loaded.journey) }]);
  return 0;
}
