/**
 * View state that never reaches the file: the selection, overlays, filters, open panels, the
 * start screen and status notices. One store per editor; components may change it directly,
 * since none of it is the document.
 */
import { createStore } from 'zustand/vanilla';
import { EMPTY_FILTER, type TouchpointFilter } from '../../shared/query/touchpointFilter';
import type { CompareSession } from './compareSession';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

export interface ViewState {
  /** Selected touchpoint and connection ids; React Flow's selection is derived from it. */
  selection: readonly string[];
  emotionCurve: boolean;
  /** The "Pain points" and "Opportunities" bands under the lanes; remembered in the settings. */
  painBand: boolean;
  opportunityBand: boolean;
  /** Personas whose curves the legend has turned off, for this session (never in the file). */
  hiddenPersonas: readonly string[];
  filter: TouchpointFilter;
  paletteOpen: boolean;
  shortcutsOpen: boolean;
  /** The CX report dashboard replaces the side panels while open. */
  reportOpen: boolean;
  /** Compare mode: the version the open document is compared with (the change list replaces the side panels). */
  compare: CompareSession | null;
  exportOpen: boolean;
  /** The stage that stage commands act on when no argument names one (last lane clicked). */
  activeStageId: string | null;
  /** The stage under the pointer (its lane or one of its cards): Add touchpoint goes there first. */
  hoveredStageId: string | null;
  /** The card whose title is being typed on the map (a new card, or a double-clicked title). */
  editingTitleId: string | null;
  /** The stage whose name is being typed in its lane header (a new stage, or a double-clicked name). */
  renamingStageId: string | null;
  /**
   * The side panels: `auto` shows them while a touchpoint is selected and keeps only their tab
   * rail otherwise; `open` and `closed` are the user's own choice (the toggle key, the rail).
   */
  sidePanel: 'auto' | 'open' | 'closed';
  /** The start screen shows instead of the map: at launch and after Close, until the document changes. */
  startVisible: boolean;
  notices: readonly Notice[];
  set(patch: Partial<ViewFlags>): void;
  setFilter(patch: Partial<TouchpointFilter>): void;
  select(ids: readonly string[]): void;
  notify(kind: Notice['kind'], text: string): void;
  dismissNotice(id: number): void;
}

type ViewFlags = Omit<ViewState, 'selection' | 'notices' | 'set' | 'setFilter' | 'select' | 'notify' | 'dismissNotice'>;

/** How many notices stay on screen at once; older ones make room. */
const MAX_NOTICES = 4;

export function createViewStore() {
  let noticeId = 0;
  return createStore<ViewState>()((set, get) => ({
    selection: [],
    emotionCurve: true,
    painBand: false,
    opportunityBand: false,
    hiddenPersonas: [],
    filter: EMPTY_FILTER,
    paletteOpen: false,
    shortcutsOpen: false,
    reportOpen: false,
    compare: null,
    exportOpen: false,
    activeStageId: null,
    hoveredStageId: null,
    editingTitleId: null,
    renamingStageId: null,
    sidePanel: 'auto',
    startVisible: true,
    notices: [],
    set: (patch) => set(patch),
    setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
    select: (ids) => set({ selection: ids }),
    notify(kind, text) {
      const id = ++noticeId;
      set({ notices: [...get().notices, { id, kind, text }].slice(-MAX_NOTICES) });
    },
    dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  }));
}

export type ViewStore = ReturnType<typeof createViewStore>;
