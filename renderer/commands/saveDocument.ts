import { saveFlow } from './documentFlow';
import { defineCommand } from './define';

export const saveDocument = defineCommand({
  id: 'save-document',
  labelKey: 'command.save-document',
  keys: ['mod+s'],
  whileTyping: true,
  perform: (ctx) => saveFlow(ctx, false),
});

export const saveDocumentAs = defineCommand({
  id: 'save-document-as',
  labelKey: 'command.save-document-as',
  keys: ['mod+shift+s'],
  whileTyping: true,
  perform: (ctx) => saveFlow(ctx, true),
});
