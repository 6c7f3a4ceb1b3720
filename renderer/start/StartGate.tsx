import { useCallback, type ReactNode } from 'react';
import type { DroppedFile } from '../../shared/host';
import { useEditor, useView } from '../editor/EditorContext';
import { FileDropOverlay } from './FileDropOverlay';
import { StartScreen } from './StartScreen';

/** Parts of the editor that mean nothing without a map (the filter bar) step aside for the start screen. */
export function HiddenOnStart({ children }: { children: ReactNode }) {
  return useView((s) => s.startVisible) ? null : children;
}

/** The start screen while no document is open, else the map (children); file drops everywhere. */
export function StartGate({
  templates,
  sample,
  children,
}: {
  /** "New from template" tiles for the start screen (see StartScreenProps.templates). */
  templates?: ReactNode;
  /** The "open a sample" link for first-time users (see StartScreenProps.sample). */
  sample?: ReactNode;
  children: ReactNode;
}) {
  const editor = useEditor();
  const visible = useView((s) => s.startVisible);
  const start = editor.runner('start-screen');
  const drop = editor.runner('drop');
  const openDropped = useCallback(
    (file: DroppedFile, handle?: Promise<unknown>) =>
      editor.enqueue(() => drop.run('open-file', { kind: 'dropped', file, ...(handle ? { handle } : {}) })),
    [editor, drop],
  );
  return (
    <>
      <FileDropOverlay onDrop={openDropped} />
      {visible ? (
        <StartScreen
          host={editor.host}
          onNew={() => void start.run('new-document')}
          onOpen={() => void start.run('open-document')}
          onOpenRecent={(recentId) => void start.run('open-file', { kind: 'recent', recentId })}
          templates={templates}
          sample={sample}
        />
      ) : (
        children
      )}
    </>
  );
}
