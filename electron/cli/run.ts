/**
 * The `journey-studio` command line: plain Node, no window. Returns an exit code instead of
 * exiting so tests run it in-process; bin/journey-studio.mjs is the thin executable. Every
 * failure of every command ends here as one line, `journey-studio <command>: <why>`.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import { CliFailure, type CliCommand, type CliIo } from './contract';
import { loadCommand } from './commandLoaders';
import { commandHelp, generalUsage, usageLine } from './usage';

export type { CliIo } from './contract';

function parseOptions(command: CliCommand): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, option] of Object.entries(command.options)) {
    options[name] = option.short ? { type: option.type, short: option.short } : { type: option.type };
  }
  return options;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    // The one place every command is needed: the usage lists them all.
    const { COMMANDS } = await import('./registry');
    io.stdout(generalUsage(COMMANDS));
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.stderr(`journey-studio: unknown command "${name}". Run "journey-studio --help" for the list.\n`);
    return 2;
  }
  const fail = (message: string, showUsage: boolean) =>
    io.stderr(`journey-studio ${name}: ${message}\n${showUsage ? `usage: ${usageLine(command)}\n` : ''}`);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...rest], options: parseOptions(command), allowPositionals: true, strict: true });
  } catch (error) {
    fail((error instanceof Error ? error.message : String(error)).split(/\.\s|\n/)[0]!, true);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(commandHelp(command));
    return 0;
  }
  const resolvePath = (p: string) => resolve(io.cwd, p);
  try {
    return await command.run({ values: parsed.values, positionals: parsed.positionals, io, resolvePath });
  } catch (error) {
    if (error instanceof CliFailure) {
      fail(error.message, error.showUsage);
      return error.exitCode;
    }
    // A bug must still end in one clear line, never a stack trace.
    fail(error instanceof Error ? error.message : String(error), false);
    return 2;
  }
}
