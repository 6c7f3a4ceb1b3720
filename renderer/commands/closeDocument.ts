import { createJourney } from '../../shared/model';
import { startScreenOf } from '../start/startStore';
import { confirmLeaveDocument, documentName } from './documentFlow';
import type { Command } from './types';

/** Closes the document (asking about unsaved changes) and shows the start screen. */
export const closeDocument: Command = {
  id: 'close-document',
  labelKey: 'files.closeDocument',
  whileTyping: true,
  history: 'never',
  async perform(ctx) {
    const name = documentName(ctx);
    if (!(await confirmLeaveDocument(ctx))) return;
    ctx.store.getState().loadDocument(createJourney({ title: ctx.t('app.untitled') }), null);
    startScreenOf(ctx.store).getState().show();
    ctx.store.getState().notify('info', ctx.t('files.closed', { name }));
  },
};
