/**
 * The `journey-studio` command line: plain Node, no window. Returns an exit code instead of
 * exiting so tests run it in-process; bin/journey-studio.mjs is the thin executable.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { commands, type CliIo } from './commands';
import { USAGE } from './usage';

export type { CliIo } from './commands';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`journey-studio: unknown command "${name}". Run "journey-studio --help" for the list.\n`);
    return 2;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split(/\.\s|\n/)[0];
    io.stderr(`journey-studio ${name}: ${reason}\nusage: ${command.usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(`usage: ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  const resolvePath = (p: string) => resolve(io.cwd, p);
  try {
    return await command.run({ values: parsed.values, positionals: parsed.positionals, io, resolvePath });
  } catch (error) {
    // A bug must still end in one clear line, never a stack trace.
    io.stderr(`journey-studio ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
