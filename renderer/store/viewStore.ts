/** View state that never reaches the file: overlays, filters, open panels. One store per window. */
import { createStore } from 'zustand/vanilla';
import { EMPTY_FILTER, type TouchpointFilter } from '../../shared/query/touchpointFilter';

export interface ViewState {
  emotionCurve: boolean;
  filter: TouchpointFilter;
  paletteOpen: boolean;
  shortcutsOpen: boolean;
  /** The CX report dashboard replaces the side panels while open. */
  reportOpen: boolean;
  exportOpen: boolean;
  /** The stage that stage commands act on when no argument names one (last lane clicked). */
  activeStageId: string | null;
  set(patch: Partial<Omit<ViewState, 'set' | 'setFilter'>>): void;
  setFilter(patch: Partial<TouchpointFilter>): void;
}

export function createViewStore() {
  return createStore<ViewState>()((set, get) => ({
    emotionCurve: true,
    filter: EMPTY_FILTER,
    paletteOpen: false,
    shortcutsOpen: false,
    reportOpen: false,
    exportOpen: false,
    activeStageId: null,
    set: (patch) => set(patch),
    setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
  }));
}

export type ViewStore = ReturnType<typeof createViewStore>;
