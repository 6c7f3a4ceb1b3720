/** Commands that only change what the window shows: never the document, never undo steps. */
import { EMPTY_FILTER } from '../../shared/query/touchpointFilter';
import { defineCommand } from './define';

export const toggleEmotionCurve = defineCommand({
  id: 'toggle-emotion-curve',
  labelKey: 'command.toggle-emotion-curve',
  keys: ['e'],
  canvasOnly: true,
  perform(ctx) {
    const view = ctx.view.getState();
    view.set({ emotionCurve: !view.emotionCurve });
  },
});

export const toggleReport = defineCommand({
  id: 'toggle-report',
  labelKey: 'command.toggle-report',
  keys: ['mod+alt+r'],
  perform(ctx) {
    const view = ctx.view.getState();
    view.set({ reportOpen: !view.reportOpen });
  },
});

export const openExport = defineCommand({
  id: 'export',
  labelKey: 'command.export',
  keys: ['mod+e'],
  whileTyping: true,
  perform: (ctx) => ctx.view.getState().set({ exportOpen: true }),
});

export const openPalette = defineCommand({
  id: 'open-palette',
  labelKey: 'command.open-palette',
  keys: ['mod+k'],
  whileTyping: true,
  perform: (ctx) => ctx.view.getState().set({ paletteOpen: true }),
});

export const showShortcuts = defineCommand({
  id: 'show-shortcuts',
  labelKey: 'command.show-shortcuts',
  keys: ['?'],
  perform: (ctx) => ctx.view.getState().set({ shortcutsOpen: true }),
});

export const focusSearch = defineCommand({
  id: 'focus-search',
  labelKey: 'command.focus-search',
  keys: ['mod+f'],
  whileTyping: true,
  perform() {
    document.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
  },
});

export const clearFilters = defineCommand({
  id: 'clear-filters',
  labelKey: 'command.clear-filters',
  perform: (ctx) => ctx.view.getState().setFilter(EMPTY_FILTER),
});
