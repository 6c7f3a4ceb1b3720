import { openDocumentFrom } from './documentFlow';
import type { Command } from './types';

/** Loading a file is never an undo step; it clears history. A bad file leaves the open document untouched. */
export const openDocument: Command = {
  id: 'open-document',
  labelKey: 'command.open-document',
  keys: ['mod+o'],
  whileTyping: true,
  history: 'never',
  async perform(ctx) {
    await openDocumentFrom(ctx, () => ctx.host.openFile());
  },
};
