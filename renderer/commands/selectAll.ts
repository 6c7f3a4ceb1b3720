import { defineCommand } from './define';

/** Selects every card; the selection is view state, never an undo step. */
export const selectAll = defineCommand({
  id: 'select-all',
  labelKey: 'command.select-all',
  keys: ['mod+a'],
  perform: (ctx) => ({ select: ctx.journey.touchpoints.map((t) => t.id) }),
});
