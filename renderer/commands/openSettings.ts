import { setDraftInterval } from '../recovery/sessionAutosaver';
import { applyAppearance } from '../settings/applySettings';
import type { Command } from './types';

/** Shows Settings; what the user saves is stored by the host (settings file or localStorage) and applied. */
export const openSettings: Command = {
  id: 'open-settings',
  labelKey: 'settings.open',
  keys: ['mod+,'],
  whileTyping: true,
  history: 'never',
  async perform(ctx) {
    const patch = await ctx.dialogs.editSettings(await ctx.host.getSettings());
    if (!patch) return;
    const saved = await ctx.host.setSettings(patch);
    setDraftInterval(ctx.store, saved.draftIntervalSeconds);
    await applyAppearance(saved);
    ctx.store.getState().notify('info', ctx.t('settings.saved'));
  },
};
