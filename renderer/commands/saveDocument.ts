import { saveDocument as save } from './documentFlow';
import type { Command } from './types';

export const saveDocument: Command = {
  id: 'save-document',
  labelKey: 'command.save-document',
  keys: ['mod+s'],
  whileTyping: true,
  history: 'never',
  async perform(ctx) {
    await save(ctx, false);
  },
};

export const saveDocumentAs: Command = {
  id: 'save-document-as',
  labelKey: 'command.save-document-as',
  keys: ['mod+shift+s'],
  whileTyping: true,
  history: 'never',
  async perform(ctx) {
    await save(ctx, true);
  },
};
