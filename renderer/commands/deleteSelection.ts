import { removeConnections, removeTouchpoints } from '../../shared/edit/journeyEdits';
import { STEP, defineCommand, edit } from './define';

/** Removes the selected cards and flows, and every flow that touches a removed card: one step. */
export const deleteSelection = defineCommand({
  id: 'delete-selection',
  labelKey: 'command.delete-selection',
  keys: ['delete', 'backspace'],
  isEnabled: (ctx) => ctx.selection.length > 0,
  perform(ctx) {
    const ids = new Set(ctx.selection);
    return edit(removeConnections(removeTouchpoints(ctx.journey, ids), ids), STEP, []);
  },
});
