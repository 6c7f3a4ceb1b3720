import { defineCommand } from './define';

declare const __APP_VERSION__: string;

export const about = defineCommand({
  id: 'about',
  labelKey: 'command.about',
  async perform(ctx) {
    await ctx.dialogs.showProblems(ctx.t('app.name'), ctx.t('dialog.about', { version: __APP_VERSION__ }), []);
  },
});
