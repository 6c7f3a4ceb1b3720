import { useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Dispatcher } from '../commands/dispatcher';
import { openRecentFile } from '../commands/openRecent';
import type { CommandContext } from '../commands/types';
import { useEditorStoreApi } from '../store/EditorContext';
import { FileDropOverlay } from './FileDropOverlay';
import { StartScreen } from './StartScreen';
import { startScreenOf } from './startStore';
import type { DocumentLifecycle } from './useDocumentLifecycle';

function useStartVisible(): boolean {
  const editor = useEditorStoreApi();
  const start = useMemo(() => startScreenOf(editor), [editor]);
  return useStore(start, (s) => s.visible);
}

/** Parts of the editor that mean nothing without a map (the filter bar) step aside for the start screen. */
export function HiddenOnStart({ children }: { children: ReactNode }) {
  return useStartVisible() ? null : children;
}

/** The start screen while no document is open, else the map (children); file drops everywhere. */
export function StartGate({
  context,
  dispatcher,
  lifecycle,
  templates,
  sample,
  children,
}: {
  context: () => CommandContext;
  dispatcher: Dispatcher;
  lifecycle: DocumentLifecycle;
  /** "New from template" tiles for the start screen (see StartScreenProps.templates). */
  templates?: ReactNode;
  /** The "open a sample" link for first-time users (see StartScreenProps.sample). */
  sample?: ReactNode;
  children: ReactNode;
}) {
  const visible = useStartVisible();
  return (
    <>
      <FileDropOverlay onDrop={lifecycle.openDropped} />
      {visible ? (
        <StartScreen
          host={context().host}
          onNew={() => void dispatcher.run('new-document', 'toolbar')}
          onOpen={() => void dispatcher.run('open-document', 'toolbar')}
          onOpenRecent={(id) => void openRecentFile(context(), id)}
          templates={templates}
          sample={sample}
        />
      ) : (
        children
      )}
    </>
  );
}
