/**
 * Each command's module, loaded only when that command runs: a command pays for its own
 * dependencies (the workshop server, the diff engine, the table importers…) and no other's.
 * The order and the full list are the registry's (registry.ts), which --help loads whole;
 * tests/unit/cli/commandLoaders.test.ts checks the two agree.
 */
import type { CliCommand } from './contract';

export const COMMAND_LOADERS: Readonly<Record<string, () => Promise<CliCommand>>> = {
  validate: async () => (await import('./commands/validate')).validateCommand,
  new: async () => (await import('./commands/new')).newCommand,
  templates: async () => (await import('./commands/templates')).templatesCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  report: async () => (await import('./commands/report')).reportCommand,
  diff: async () => (await import('./commands/diff')).diffCommand,
  import: async () => (await import('./commands/import')).importCommand,
  merge: async () => (await import('./commands/merge')).mergeCommand,
  migrate: async () => (await import('./commands/migrate')).migrateCommand,
  serve: async () => (await import('./commands/serve')).serveCommand,
};

/** The command called `name`, loaded; undefined for a name that is not a command. */
export function loadCommand(name: string): Promise<CliCommand> | undefined {
  return Object.hasOwn(COMMAND_LOADERS, name) ? COMMAND_LOADERS[name]!() : undefined;
}
