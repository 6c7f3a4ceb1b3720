import { blankJourney, confirmLeaveDocument, documentName, loadUnsaved } from './documentFlow';
import { defineCommand } from './define';
import type { CommandOutcome } from './types';

/** Closes the document (asking about unsaved changes) and shows the start screen. */
export const closeDocument = defineCommand({
  id: 'close-document',
  labelKey: 'files.closeDocument',
  whileTyping: true,
  async perform(ctx): Promise<CommandOutcome> {
    const name = documentName(ctx);
    if (!(await confirmLeaveDocument(ctx))) return false;
    ctx.notify('info', ctx.t('files.closed', { name }));
    return loadUnsaved(blankJourney(ctx), true);
  },
});
