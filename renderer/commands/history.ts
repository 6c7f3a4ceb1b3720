import { defineCommand } from './define';

export const undo = defineCommand({
  id: 'undo',
  labelKey: 'command.undo',
  keys: ['mod+z'],
  isEnabled: (ctx) => ctx.canUndo,
  perform: () => ({ change: { kind: 'undo' } }),
});

export const redo = defineCommand({
  id: 'redo',
  labelKey: 'command.redo',
  keys: ['mod+shift+z', 'mod+y'],
  isEnabled: (ctx) => ctx.canRedo,
  perform: () => ({ change: { kind: 'redo' } }),
});
