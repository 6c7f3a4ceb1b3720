/**
 * `journey-studio export --format mermaid`: the journey as a Mermaid journey diagram
 * (shared/export/mermaid.ts; lossy, docs/import.md lists what is lost). The file is read like
 * every export's (an older version migrated, with its notes); the map options do not apply.
 */
import { journeyToMermaid } from '../../../shared/export/mermaid';
import { CliFailure, stringOption, type CliContext } from '../contract';
import { checkOutputPaths, readInputJourney, writeOutputs } from '../journeyIo';

export const MERMAID_FORMAT = 'mermaid';

export async function exportMermaid(ctx: CliContext): Promise<number> {
  const out = stringOption(ctx, 'out');
  if (!out) throw new CliFailure('--out <path> is required', { showUsage: true });
  // Every other flag of export is about the map or the report's words.
  for (const [name, value] of Object.entries(ctx.values)) {
    if (name !== 'format' && name !== 'out' && value !== undefined) {
      throw new CliFailure(`--${name} does not apply to --format mermaid`);
    }
  }
  const { journey, path: inputPath } = await readInputJourney(ctx);
  const outPath = ctx.resolvePath(out);
  await checkOutputPaths(ctx, [outPath], inputPath);
  await writeOutputs(ctx, [{ path: outPath, data: journeyToMermaid(journey) }]);
  return 0;
}
