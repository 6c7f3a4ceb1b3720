import { confirmLeaveDocument } from './documentFlow';
import type { Command } from './types';

/** Loading a file is never an undo step; it clears history. A bad file leaves the open document untouched. */
export const openDocument: Command = {
  id: 'open-document',
  labelKey: 'command.open-document',
  keys: ['mod+o'],
  whileTyping: true,
  history: 'never',
  async perform(ctx) {
    if (!(await confirmLeaveDocument(ctx))) return;
    const result = await ctx.host.openFile();
    if (result.status === 'cancelled') return;
    if (result.status === 'failed') {
      await ctx.dialogs.showProblems(
        ctx.t('dialog.openFailedTitle', { name: result.fileName }),
        ctx.t('dialog.openFailedIntro'),
        result.problems,
      );
      return;
    }
    ctx.store.getState().loadDocument(result.journey, result.file);
    const notice =
      result.migratedFrom !== undefined
        ? ctx.t('dialog.migrated', { version: result.migratedFrom })
        : ctx.t('status.opened', { name: result.file.name });
    ctx.store.getState().notify('info', notice);
  },
};
