import type { Command } from './types';

export const undo: Command = {
  id: 'undo',
  labelKey: 'command.undo',
  keys: ['mod+z'],
  history: 'never',
  isEnabled: (ctx) => ctx.store.temporal.getState().pastStates.length > 0,
  perform(ctx) {
    ctx.store.temporal.getState().undo();
  },
};

export const redo: Command = {
  id: 'redo',
  labelKey: 'command.redo',
  keys: ['mod+shift+z', 'mod+y'],
  history: 'never',
  isEnabled: (ctx) => ctx.store.temporal.getState().futureStates.length > 0,
  perform(ctx) {
    ctx.store.temporal.getState().redo();
  },
};
