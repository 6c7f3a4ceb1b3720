/**
 * What every CLI command is made of, and the one way a command fails. Commands and the
 * registry import this file; it imports none of them, so the CLI has no import circle.
 */

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  version: string;
  /** Standard output is a terminal that takes colour (not piped, NO_COLOR unset). */
  colour?: boolean;
}

export type OptionValue = string | boolean | (string | boolean)[] | undefined;

export interface CliContext {
  values: Record<string, OptionValue>;
  positionals: string[];
  io: CliIo;
  resolvePath(path: string): string;
}

/** One flag: how node:util parseArgs reads it, and how the usage shows it. */
export interface CliOption {
  type: 'string' | 'boolean';
  short?: string;
  /** What the value looks like in the usage: "<file>", "N", or the choices joined by "|". */
  value?: string;
  /** Shown without brackets in the usage; the command itself checks that it is there. */
  required?: boolean;
  /** One line for `journey-studio <command> --help`. */
  description: string;
}

export interface CliCommand {
  name: string;
  /** What follows the command name before the flags, e.g. "<file>...". */
  operands: string;
  /** One line for the list in `journey-studio --help`. */
  synopsis: string;
  /** The longer explanation for `journey-studio <command> --help`. */
  summary: string;
  options: Record<string, CliOption>;
  run(ctx: CliContext): Promise<number>;
}

/**
 * A failure, reported as `journey-studio <command>: <message>` on one line (plus the usage
 * when the command line itself was wrong). Exit 1 for an invalid journey, like validate; 2
 * for everything else.
 */
export class CliFailure extends Error {
  readonly exitCode: 1 | 2;
  readonly showUsage: boolean;
  constructor(message: string, options: { exitCode?: 1 | 2; showUsage?: boolean } = {}) {
    super(message);
    this.exitCode = options.exitCode ?? 2;
    this.showUsage = options.showUsage ?? false;
  }
}

/** A string option's value, or undefined; a repeated option uses its last value. */
export function stringOption(ctx: CliContext, name: string): string | undefined {
  const value = ctx.values[name];
  const last = Array.isArray(value) ? value[value.length - 1] : value;
  return typeof last === 'string' ? last : undefined;
}

/** The value of an option that must be one of `choices`. */
export function choiceOption<T extends string>(ctx: CliContext, name: string, choices: readonly T[]): T | undefined {
  const value = stringOption(ctx, name);
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new CliFailure(`unknown --${name} "${value}"; choose one of: ${choices.join(', ')}`);
  }
  return value as T;
}
