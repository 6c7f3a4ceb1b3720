import type { Command } from './types';

export const toggleEmotionCurve: Command = {
  id: 'toggle-emotion-curve',
  labelKey: 'command.toggle-emotion-curve',
  keys: ['e'],
  canvasOnly: true,
  history: 'never',
  perform(ctx) {
    const view = ctx.view.getState();
    view.set({ emotionCurve: !view.emotionCurve });
  },
};

export const toggleReport: Command = {
  id: 'toggle-report',
  labelKey: 'command.toggle-report',
  keys: ['mod+alt+r'],
  history: 'never',
  perform(ctx) {
    const view = ctx.view.getState();
    view.set({ reportOpen: !view.reportOpen });
  },
};

export const openExport: Command = {
  id: 'export',
  labelKey: 'command.export',
  keys: ['mod+e'],
  whileTyping: true,
  history: 'never',
  perform: (ctx) => ctx.view.getState().set({ exportOpen: true }),
};

export const openPalette: Command = {
  id: 'open-palette',
  labelKey: 'command.open-palette',
  keys: ['mod+k'],
  whileTyping: true,
  history: 'never',
  perform: (ctx) => ctx.view.getState().set({ paletteOpen: true }),
};

export const showShortcuts: Command = {
  id: 'show-shortcuts',
  labelKey: 'command.show-shortcuts',
  keys: ['?'],
  history: 'never',
  perform: (ctx) => ctx.view.getState().set({ shortcutsOpen: true }),
};

export const focusSearch: Command = {
  id: 'focus-search',
  labelKey: 'command.focus-search',
  keys: ['mod+f'],
  whileTyping: true,
  history: 'never',
  perform() {
    document.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
  },
};

export const clearFilters: Command = {
  id: 'clear-filters',
  labelKey: 'command.clear-filters',
  history: 'never',
  perform: (ctx) =>
    ctx.view.getState().setFilter({ channels: [], tiers: [], minSeverity: 0, momentsOfTruthOnly: false, text: '' }),
};
