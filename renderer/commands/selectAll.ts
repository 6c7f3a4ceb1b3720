import { defineCommand } from './define';

/** Selects every card; the selection is view state, never an undo step. */
export const selectAll = defineCommand({
  id: 'select-all',
  labelKey: 'command.select-all',
  keys: ['mod+a'],
  perform: (ctx) => ({ select: [...ctx.journey.touchpoints, ...ctx.journey.steps].map((t) => t.id) }),
});

/** Escape on the map: nothing selected (the side panel folds back to its tabs). */
export const clearSelection = defineCommand({
  id: 'clear-selection',
  labelKey: 'command.clear-selection',
  keys: ['escape'],
  canvasOnly: true,
  isEnabled: (ctx) => ctx.selection.length > 0,
  perform: () => ({ select: [] }),
});
