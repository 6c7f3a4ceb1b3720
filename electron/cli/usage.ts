/**
 * The usage text, generated from the command registry: every command with every flag it
 * accepts, so the help cannot lose a flag again.
 */
import type { CliCommand, CliOption } from './contract';

function flag(name: string, option: CliOption): string {
  const shown = option.type === 'boolean' ? `--${name}` : `--${name} ${option.value ?? '<value>'}`;
  return option.required ? shown : `[${shown}]`;
}

/** e.g. `journey-studio export <file> --format png|svg --out <path> [--scale N]` */
export function usageLine(command: CliCommand): string {
  const flags = Object.entries(command.options).map(([name, option]) => flag(name, option));
  return ['journey-studio', command.name, command.operands, ...flags].filter((part) => part !== '').join(' ');
}

/** `journey-studio <command> --help`: the usage line, what the command does, and each flag. */
export function commandHelp(command: CliCommand): string {
  const rows = Object.entries(command.options).map(([name, option]) => {
    const names = `${option.short ? `-${option.short}, ` : ''}--${name}${option.type === 'string' ? ` ${option.value ?? '<value>'}` : ''}`;
    return [names, option.description] as const;
  });
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([names]) => names.length));
  const options = rows.map(([names, description]) => `  ${names.padEnd(width)}  ${description}`).join('\n');
  return `usage: ${usageLine(command)}\n\n${command.summary}\n\noptions:\n${options}\n`;
}

/** `journey-studio --help`: every command's full usage line and what it is for. */
export function generalUsage(commands: readonly CliCommand[]): string {
  const list = commands.map((command) => `  ${usageLine(command)}\n      ${command.synopsis}`).join('\n');
  return `journey-studio: customer journey maps from the command line

usage:
${list}
  journey-studio --help | --version

Run "journey-studio <command> --help" for what each flag does.
`;
}
