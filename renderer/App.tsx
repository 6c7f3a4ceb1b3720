import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../shared/host';
import { JourneyCanvas } from './canvas/JourneyCanvas';
import { createDispatcher, isTypingTarget } from './commands/dispatcher';
import { useKeyboardAndClipboard } from './commands/useKeyboardAndClipboard';
import { CommandPalette } from './palette/CommandPalette';
import { ShortcutsSheet } from './palette/ShortcutsSheet';
import { FilterBar } from './canvas/FilterBar';
import { ChoiceDialog } from './ui/ChoiceDialog';
import { createChoiceStore } from './ui/choiceStore';
import { createViewStore } from './store/viewStore';
import { ViewStoreProvider } from './store/ViewContext';
import type { CommandContext, ViewportControls } from './commands/types';
import { DialogHost } from './dialogs/DialogHost';
import { SidePanels } from './panels/SidePanels';
import { ReportPanel } from './report/ReportPanel';
import { ExportDialog } from './export/ExportDialog';
import { useView } from './store/ViewContext';
import { Notices } from './Notices';
import { EditorStoreProvider, useEditor } from './store/EditorContext';
import type { DialogController } from './store/dialogStore';
import { isDirty, type EditorStore } from './store/editorStore';
import { Toolbar } from './toolbar/Toolbar';
import { HiddenOnStart, StartGate } from './start/StartGate';
import { useDocumentLifecycle } from './start/useDocumentLifecycle';
import { OpenSampleLink } from './templates/OpenSampleLink';
import { startFromTemplate } from './templates/startFromTemplate';
import { TemplateList } from './templates/TemplateList';

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
  const [view] = useState(createViewStore);
  const [choices] = useState(createChoiceStore);
  const context = useCallback(
    (): CommandContext => ({ store, host, dialogs, t, viewport, view, choices }),
    [store, host, dialogs, t, view, choices],
  );
  const dispatcher = useMemo(() => createDispatcher(context), [context]);
  const isModalOpen = useCallback(
    () =>
      !!dialogs.store.getState().dialog ||
      !!choices.store.getState().request ||
      view.getState().paletteOpen ||
      view.getState().shortcutsOpen ||
      view.getState().exportOpen,
    [dialogs, choices, view],
  );
  useKeyboardAndClipboard(dispatcher, context, isModalOpen);
  const lifecycle = useDocumentLifecycle(context);

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

  return (
    <EditorStoreProvider store={store}>
      <ViewStoreProvider store={view}>
        <WindowTitle />
        <div className="app">
          <Toolbar dispatcher={dispatcher} />
          <HiddenOnStart>
            <FilterBar />
          </HiddenOnStart>
          <main className="workspace">
            <StartGate
              context={context}
              dispatcher={dispatcher}
              lifecycle={lifecycle}
              templates={<TemplateList includeBlank={false} onChoose={(id) => void startFromTemplate(context(), id)} />}
              sample={<OpenSampleLink context={context} />}
            >
              <ReactFlowProvider>
                <JourneyCanvas onViewport={onViewport} dispatcher={dispatcher} />
              </ReactFlowProvider>
            </StartGate>
            <SideArea />
          </main>
          <Notices />
        </div>
        <DialogHost dialogs={dialogs} />
        <ChoiceDialog choices={choices} />
        <CommandPalette dispatcher={dispatcher} />
        <ExportDialog preferDownload={host.kind === 'electron'} printToPdf={host.printToPdf?.bind(host)} />
        <ShortcutsSheet />
      </ViewStoreProvider>
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

/** Beside the map: the editing panels, or the CX report while it is open. */
function SideArea() {
  const reportOpen = useView((s) => s.reportOpen);
  return reportOpen ? <ReportPanel /> : <SidePanels />;
}
