/**
 * Commands are a closed union with typed arguments. The `@ts-expect-error` lines below are the
 * test: `npm run typecheck` fails if any of them stops being an error (an unknown id that
 * typechecks, a wrong or missing argument that slips through). The runtime checks cover the
 * callers that only know an id at run time (menus, palette).
 */
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../../shared/ipc/channels';
import { COMMANDS, NAMED_COMMANDS, type Run } from '../../../../renderer/commands/registry';
import { defineCommand, defineTargetedCommand } from '../../../../renderer/commands/define';
import type { AnyCommand } from '../../../../renderer/commands/types';
import { createTestEditor } from '../../../helpers/testEditor';

/** Never called: only typechecked. */
function callsThatTypecheck(run: Run) {
  void run('add-stage');
  void run('nudge-left', { big: true });
  void run('move-stage-left');
  void run('move-stage-left', { stageId: 'stage-1' });
  void run('reorder-stage', { stageId: 'stage-1', toIndex: 2 });
  void run('set-stage-field', { stageId: 'stage-1', field: 'customerGoal', text: 'Find a room' });
  void run('edit-touchpoint', { touchpointId: 'tp-1', patch: { tier: 'delight' } });
  void run('set-emotion', { touchpointId: 'tp-1', value: 1 });
  void run('set-emotion', { touchpointId: 'tp-1', value: undefined, personaId: 'persona-1' });
  void run('edit-persona', { op: 'set-item', list: 'goals', index: 0, text: 'Book fast' });
}

/** Never called: each line must fail to typecheck. */
function callsThatMustNotTypecheck(run: Run) {
  // @ts-expect-error an id that is no command
  void run('add-stages');
  // @ts-expect-error a command that takes no arguments, given some
  void run('add-stage', { name: 'Discover' });
  // @ts-expect-error a targeted command without its arguments
  void run('reorder-stage');
  // @ts-expect-error an argument of the wrong type
  void run('reorder-stage', { stageId: 'stage-1', toIndex: '2' });
  // @ts-expect-error a misspelt argument
  void run('nudge-left', { bigg: true });
  // @ts-expect-error a field a stage does not have
  void run('set-stage-field', { stageId: 'stage-1', field: 'colour', text: 'red' });
  // @ts-expect-error a persona list that does not exist
  void run('edit-persona', { op: 'add-item', list: 'wishes' });
}

/** Never called: declaring a command with the helper that does not fit its arguments fails the registry. */
function declarationsThatMustNotTypecheck() {
  const needsTarget = defineCommand({
    id: 'needs-target',
    labelKey: 'x',
    perform: (_ctx, _args: { id: string }) => {},
  });
  const optionalTarget = defineTargetedCommand({ id: 'optional', perform: (_ctx, _args?: { id: string }) => {} });
  // @ts-expect-error defineCommand for a command that needs arguments
  const first: AnyCommand = needsTarget;
  // @ts-expect-error defineTargetedCommand for a command whose arguments may be left out
  const second: AnyCommand = optionalTarget;
  return [first, second];
}

describe('the command union', () => {
  it('is typechecked (see the @ts-expect-error lines) and these functions exist only for the compiler', () => {
    expect([callsThatTypecheck, callsThatMustNotTypecheck, declarationsThatMustNotTypecheck]).toHaveLength(3);
  });

  it('refuses at run time an unknown id, and a command that needs arguments, from menus and the palette', async () => {
    const editor = createTestEditor();
    const menu = editor.editor.runner('menu');
    expect(await menu.runById('add-stages')).toBe(false);
    expect(await menu.runById('reorder-stage')).toBe(false);
    expect(await menu.runById('add-stage')).toBe(true);
    expect(editor.journey.stages).toHaveLength(1);
  });

  it('takes every command the desktop menu sends by id', () => {
    const named = new Set<string>(NAMED_COMMANDS.map((c) => c.id));
    expect(MENU_COMMANDS.filter((id) => !named.has(id))).toEqual([]);
  });

  it('offers by name only commands that need no target, each with a label', () => {
    const named = new Set(NAMED_COMMANDS.map((c) => c.id));
    for (const command of COMMANDS as readonly AnyCommand[]) {
      expect(named.has(command.id as never), command.id).toBe(!command.requiresArgs);
      if (!command.requiresArgs) expect(command.labelKey, command.id).toMatch(/\./);
    }
  });
});
