/**
 * The one door for document changes: runs a command by id from any source, records the run,
 * and hands what `perform` returned to `apply`, the only code that writes the document.
 */
import { findCommand, isCommandId, type CommandId, type Run, type RunArgs } from './registry';
import type { AnyCommand, CommandContext, CommandOutcome, CommandResult, CommandSource, KeyPress } from './types';

export interface CommandRun {
  id: CommandId;
  source: CommandSource;
  args: unknown;
}

export interface DispatcherOptions {
  /** Built once; its getters read the current document and view. */
  context(): CommandContext;
  /** Applies a command's result to the document, the selection and history. */
  apply(result: CommandResult, run: CommandRun): void;
  onRun?(run: CommandRun): void;
}

/** Runs commands from one source (the toolbar, a shortcut…). */
export interface Runner {
  run: Run;
  /** For callers that only know an id at run time (menus, palette): commands that need arguments are refused. */
  runById(id: string): Promise<boolean>;
  /**
   * For DOM event handlers that must decide before the event ends (clipboard events): the
   * result of a command that completes at once. One that goes on asynchronously still runs to
   * its end, but reports false here.
   */
  runNow: <Id extends CommandId>(id: Id, ...args: RunArgs<Id>) => boolean;
  /** The key router: a command bound to the key, with the arguments its `keyArgs` reads from the press. */
  runKeyPress(command: AnyCommand, event: KeyPress): Promise<boolean>;
}

const isPromise = (value: unknown): value is Promise<CommandOutcome> =>
  typeof (value as Promise<unknown> | undefined)?.then === 'function';

export function createDispatcher(options: DispatcherOptions) {
  /** A file command is waiting for the user: a second one would stack its dialogs. */
  let busy = false;

  /** Resolves at once (a boolean) when the command completes at once. */
  function execute(id: string, args: unknown, source: CommandSource): boolean | Promise<boolean> {
    const command = findCommand(id);
    if (!command || !isCommandId(id)) return false;
    const ctx = options.context();
    if (!enabled(command, ctx, args)) return false;
    // Nested runs (Save inside New) belong to the run that is already holding the lock.
    const exclusive = !!command.whileTyping && source !== 'command';
    if (exclusive) {
      if (busy) return false;
      busy = true;
    }
    const release = () => {
      if (exclusive) busy = false;
    };
    const run: CommandRun = { id, source, args };
    const finish = (outcome: CommandOutcome): boolean => {
      if (outcome === false) return false;
      if (outcome) options.apply(outcome, run);
      return true;
    };
    let outcome: CommandOutcome | Promise<CommandOutcome>;
    try {
      options.onRun?.(run);
      outcome = command.perform(ctx, args as never);
    } catch (error) {
      release();
      throw error;
    }
    if (isPromise(outcome)) return outcome.then(finish).finally(release);
    try {
      return finish(outcome);
    } finally {
      release();
    }
  }

  const runners = new Map<CommandSource, Runner>();
  function runner(source: CommandSource): Runner {
    let existing = runners.get(source);
    if (!existing) {
      existing = {
        // Inside a promise, so a command that throws rejects like one that fails later.
        run: ((id: string, args?: unknown) => new Promise<boolean>((done) => done(execute(id, args, source)))) as Run,
        runById: (id) =>
          new Promise<boolean>((done) => {
            const command = findCommand(id);
            done(command && !command.requiresArgs ? execute(id, undefined, source) : false);
          }),
        runKeyPress: (command, event) =>
          new Promise<boolean>((done) => done(execute(command.id, command.keyArgs?.(event), source))),
        runNow: ((id: string, args?: unknown) => {
          const done = execute(id, args, source);
          return typeof done === 'boolean' ? done : false;
        }) as Runner['runNow'],
      };
      runners.set(source, existing);
    }
    return existing;
  }

  return {
    runner,
    isEnabled: (id: string) => {
      const command = findCommand(id);
      return !!command && enabled(command, options.context(), undefined);
    },
  };
}

function enabled(command: AnyCommand, ctx: CommandContext, args: unknown): boolean {
  return !command.isEnabled || command.isEnabled(ctx, args as never);
}
