/** The CLI loads only the command it runs; the loaders must give exactly the registry's commands. */
import { describe, expect, it } from 'vitest';
import { COMMAND_LOADERS, loadCommand } from '../../../electron/cli/commandLoaders';
import { COMMANDS } from '../../../electron/cli/registry';

describe('command loaders', () => {
  it('load every registered command, by its name, and nothing else', async () => {
    expect(Object.keys(COMMAND_LOADERS)).toEqual(COMMANDS.map((c) => c.name));
    for (const command of COMMANDS) expect(await loadCommand(command.name)).toBe(command);
  });

  it('know no command by a name that is not one (an inherited property included)', () => {
    expect(loadCommand('nope')).toBeUndefined();
    expect(loadCommand('toString')).toBeUndefined();
    expect(loadCommand('__proto__')).toBeUndefined();
  });
});
