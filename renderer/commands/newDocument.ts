import { blankJourney, confirmLeaveDocument, loadUnsaved } from './documentFlow';
import { defineCommand } from './define';
import type { CommandOutcome } from './types';

export const newDocument = defineCommand({
  id: 'new-document',
  labelKey: 'command.new-document',
  keys: ['mod+n'],
  whileTyping: true,
  async perform(ctx): Promise<CommandOutcome> {
    if (!(await confirmLeaveDocument(ctx))) return false;
    return loadUnsaved(blankJourney(ctx));
  },
});
