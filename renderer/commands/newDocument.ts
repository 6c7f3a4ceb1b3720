import { createJourney } from '../../shared/model';
import { confirmLeaveDocument } from './documentFlow';
import type { Command } from './types';

export const newDocument: Command = {
  id: 'new-document',
  labelKey: 'command.new-document',
  keys: ['mod+n'],
  whileTyping: true,
  history: 'never',
  async perform(ctx) {
    if (!(await confirmLeaveDocument(ctx))) return;
    ctx.store.getState().loadDocument(createJourney({ title: ctx.t('app.untitled') }), null);
  },
};
