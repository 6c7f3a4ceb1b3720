import { applyAppearance } from '../settings/applySettings';
import { defineCommand } from './define';

/** Shows Settings; what the user saves is stored by the host (settings file or localStorage) and applied. */
export const openSettings = defineCommand({
  id: 'open-settings',
  labelKey: 'settings.open',
  keys: ['mod+,'],
  whileTyping: true,
  async perform(ctx) {
    const patch = await ctx.dialogs.editSettings(await ctx.host.getSettings());
    if (!patch) return false;
    const saved = await ctx.host.setSettings(patch);
    ctx.setDraftInterval(saved.draftIntervalSeconds);
    await applyAppearance(saved);
    ctx.notify('info', ctx.t('settings.saved'));
  },
});
