import type { Command } from './types';

declare const __APP_VERSION__: string;

export const about: Command = {
  id: 'about',
  labelKey: 'command.about',
  history: 'never',
  async perform(ctx) {
    await ctx.dialogs.showProblems(ctx.t('app.name'), ctx.t('dialog.about', { version: __APP_VERSION__ }), []);
  },
};
