/** Every `journey-studio` command, in the order the usage lists them. */
import { diffCommand } from './commands/diff';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { mergeCommand } from './commands/merge';
import { migrateCommand } from './commands/migrate';
import { newCommand } from './commands/new';
import { reportCommand } from './commands/report';
import { serveCommand } from './commands/serve';
import { templatesCommand } from './commands/templates';
import { validateCommand } from './commands/validate';
import type { CliCommand } from './contract';

export const COMMANDS: readonly CliCommand[] = [
  validateCommand,
  newCommand,
  templatesCommand,
  exportCommand,
  reportCommand,
  diffCommand,
  importCommand,
  mergeCommand,
  migrateCommand,
  serveCommand,
];

export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((command) => command.name === name);
}
