/** The window's editor, handed down once; components read its stores and run its commands. */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Run } from '../commands/registry';
import type { CommandSource } from '../commands/types';
import type { DocumentState } from '../store/documentStore';
import type { ViewState } from '../store/viewStore';
import type { Editor } from './createEditor';

const EditorContext = createContext<Editor | null>(null);

export function EditorProvider({ editor, children }: { editor: Editor; children: ReactNode }) {
  return <EditorContext.Provider value={editor}>{children}</EditorContext.Provider>;
}

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor must be used inside EditorProvider');
  return editor;
}

/** Reads the document; re-renders when the selected part changes. */
export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useStore(useEditor().document, selector);
}

export function useView<T>(selector: (state: ViewState) => T): T {
  return useStore(useEditor().view, selector);
}

type HistoryCounts = Parameters<Parameters<Editor['document']['temporal']['subscribe']>[0]>[0];

/** Whether undo (or redo) can do anything now, from the editor's history or a workshop's. */
export function useCanUndo(which: 'undo' | 'redo'): boolean {
  const { undoState } = useEditor();
  return useSyncExternalStore(undoState.subscribe, () =>
    which === 'undo' ? undoState.get().canUndo : undoState.get().canRedo,
  );
}

/** How far undo and redo reach (the toolbar's buttons). */
export function useHistory<T>(selector: (state: HistoryCounts) => T): T {
  return useStore(useEditor().document.temporal, selector);
}

/** Runs commands from this part of the window; the same function on every render. */
export function useRun(source: CommandSource): Run {
  return useEditor().runner(source).run;
}
