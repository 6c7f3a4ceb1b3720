import type { Command } from './types';

export const fitView: Command = {
  id: 'fit-view',
  labelKey: 'command.fit-view',
  keys: ['shift+1'],
  history: 'never',
  perform: (ctx) => ctx.viewport.current?.fitView(),
};

export const zoomIn: Command = {
  id: 'zoom-in',
  labelKey: 'command.zoom-in',
  keys: ['mod+=', 'mod+plus'],
  history: 'never',
  perform: (ctx) => ctx.viewport.current?.zoomIn(),
};

export const zoomOut: Command = {
  id: 'zoom-out',
  labelKey: 'command.zoom-out',
  keys: ['mod+-'],
  history: 'never',
  perform: (ctx) => ctx.viewport.current?.zoomOut(),
};
