import { removeConnections, removeTouchpoints } from '../../shared/edit/journeyEdits';
import type { Command } from './types';

export const deleteSelection: Command = {
  id: 'delete-selection',
  labelKey: 'command.delete-selection',
  keys: ['delete', 'backspace'],
  history: 'record',
  isEnabled: (ctx) => ctx.store.getState().selection.length > 0,
  perform(ctx) {
    const { selection, applyEdit, setSelection } = ctx.store.getState();
    const ids = new Set(selection);
    applyEdit((j) => removeConnections(removeTouchpoints(j, ids), ids));
    setSelection([]);
  },
};
