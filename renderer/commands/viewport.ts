import { defineCommand } from './define';

export const fitView = defineCommand({
  id: 'fit-view',
  labelKey: 'command.fit-view',
  keys: ['shift+1'],
  perform: (ctx) => ctx.viewport.current?.fitView(),
});

export const zoomIn = defineCommand({
  id: 'zoom-in',
  labelKey: 'command.zoom-in',
  keys: ['mod+=', 'mod+plus'],
  perform: (ctx) => ctx.viewport.current?.zoomIn(),
});

export const zoomOut = defineCommand({
  id: 'zoom-out',
  labelKey: 'command.zoom-out',
  keys: ['mod+-'],
  perform: (ctx) => ctx.viewport.current?.zoomOut(),
});
