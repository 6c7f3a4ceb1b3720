import { useCallback, useEffect, useMemo, useRef } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../shared/host';
import { JourneyCanvas } from './canvas/JourneyCanvas';
import { commandForKey, createDispatcher, isTypingTarget } from './commands/dispatcher';
import type { CommandContext, ViewportControls } from './commands/types';
import { DialogHost } from './dialogs/DialogHost';
import { Inspector } from './inspector/Inspector';
import { Notices } from './Notices';
import { EditorStoreProvider, useEditor } from './store/EditorContext';
import type { DialogController } from './store/dialogStore';
import { isDirty, type EditorStore } from './store/editorStore';
import { Toolbar } from './toolbar/Toolbar';

const NATIVE_TEXT_ACTIONS: Record<string, string> = {
  undo: 'undo',
  redo: 'redo',
  cut: 'cut',
  copy: 'copy',
  paste: 'paste',
  'select-all': 'selectAll',
};

export interface AppProps {
  store: EditorStore;
  host: Host;
  dialogs: DialogController;
}

export function App({ store, host, dialogs }: AppProps) {
  const { t } = useTranslation();
  const viewport = useRef<ViewportControls | null>(null);
  const onViewport = useCallback((controls: ViewportControls | null) => (viewport.current = controls), []);
  const dispatcher = useMemo(
    () => createDispatcher((): CommandContext => ({ store, host, dialogs, t, viewport })),
    [store, host, dialogs, t],
  );

  useEffect(
    () =>
      host.onMenuCommand((id) => {
        // Menu accelerators fire before the page sees the key: inside a text field, Edit items act on the text.
        const native = NATIVE_TEXT_ACTIONS[id];
        if (native && isTypingTarget(document.activeElement)) document.execCommand(native);
        else void dispatcher.run(id, 'menu');
      }),
    [host, dispatcher],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (dialogs.store.getState().dialog) return;
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      void dispatcher.run(command.id, 'shortcut');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [dispatcher, dialogs]);

  return (
    <EditorStoreProvider store={store}>
      <WindowTitle />
      <div className="app">
        <Toolbar dispatcher={dispatcher} />
        <main className="workspace">
          <ReactFlowProvider>
            <JourneyCanvas onViewport={onViewport} />
          </ReactFlowProvider>
          <Inspector />
        </main>
        <Notices />
      </div>
      <DialogHost dialogs={dialogs} />
    </EditorStoreProvider>
  );
}

/** The window title names the document and marks unsaved changes (Electron mirrors it). */
function WindowTitle() {
  const { t } = useTranslation();
  const name = useEditor((s) => s.file?.name ?? (s.journey.title || t('app.untitled')));
  const dirty = useEditor(isDirty);
  useEffect(() => {
    document.title = `${dirty ? '● ' : ''}${name} — ${t('app.name')}`;
  }, [name, dirty, t]);
  return null;
}
