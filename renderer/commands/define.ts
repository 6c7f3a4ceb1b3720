/**
 * The two ways to declare a command. Its arguments are inferred from `perform`; a command whose
 * arguments may be left out can run from the palette, menus and keys, one that needs them only
 * from a caller that names its target. Using the wrong helper makes the registry fail to typecheck.
 */
import type { Command, CommandSpec, CommandResult, HistoryIntent, JourneyEdit } from './types';

type NeedsArguments = 'this command needs arguments: declare it with defineTargetedCommand';
type TakesNoArguments = 'this command can run without arguments: declare it with defineCommand';

export function defineCommand<const Id extends string, Args = void>(
  spec: CommandSpec<Id, Args> & { readonly labelKey: string },
): undefined extends Args ? Command<Id, Args> : NeedsArguments {
  return { ...spec, requiresArgs: false } as Command<Id, Args> as never;
}

export function defineTargetedCommand<const Id extends string, Args>(
  spec: CommandSpec<Id, Args>,
): undefined extends Args ? TakesNoArguments : Command<Id, Args> {
  return { ...spec, requiresArgs: true } as Command<Id, Args> as never;
}

export const STEP: HistoryIntent = { kind: 'step' };
export const mergeInto = (group: string): HistoryIntent => ({ kind: 'merge', group });
/** Keystrokes in one field of one thing merge into one undo step. */
export const typing = (field: string, id: string): HistoryIntent => mergeInto(`typing:${field}:${id}`);

/** The field a one-field patch types into, when it is one of the `typed` fields; else null. */
export function typedField(patch: object, typed: ReadonlySet<string>): string | null {
  const keys = Object.keys(patch);
  return keys.length === 1 && typed.has(keys[0]!) ? keys[0]! : null;
}

/** A document edit as a command's result. */
export function edit(next: JourneyEdit, history: HistoryIntent = STEP, select?: readonly string[]): CommandResult {
  return select ? { change: { kind: 'edit', next, history }, select } : { change: { kind: 'edit', next, history } };
}
