/** The last runs of an editor's commands with their sources, newest last (tests and diagnostics read it). */
import type { CommandRun } from '../commands/dispatcher';

export interface RunLog {
  readonly entries: readonly CommandRun[];
  record(run: CommandRun): void;
}

export function createRunLog(limit = 100): RunLog {
  let entries: CommandRun[] = [];
  return {
    get entries() {
      return entries;
    },
    record(run) {
      entries = [...entries.slice(-(limit - 1)), run];
    },
  };
}
