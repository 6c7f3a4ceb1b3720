import type { Command } from '../commands/types';
import { startFromTemplate } from './startFromTemplate';

/** File > New from Template…: pick Blank or a template, then (after Save changes?) start from it. */
export const newFromTemplate: Command = {
  id: 'new-from-template',
  labelKey: 'command.new-from-template',
  whileTyping: true,
  history: 'never',
  async perform(ctx) {
    const templateId = await ctx.dialogs.pickTemplate();
    if (templateId) await startFromTemplate(ctx, templateId);
  },
};
