import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from './canvas/FilterBar';
import { leaveCompareOnLoad } from './compare/leaveCompareOnLoad';
import { JourneyCanvas } from './canvas/JourneyCanvas';
import { DialogHost } from './dialogs/DialogHost';
import type { Editor } from './editor/createEditor';
import { EditorProvider, useDocument, useRun, useView } from './editor/EditorContext';
import { connectHost } from './editor/hostSession';
import { installInputRouter } from './editor/inputRouter';
import { LazyComparePanel, LazyExportDialog, LazyReportPanel } from './lazyAreas';
import { Notices } from './Notices';
import { CommandPalette } from './palette/CommandPalette';
import { ShortcutsSheet } from './palette/ShortcutsSheet';
import { SidePanels } from './panels/SidePanels';
import { HiddenOnStart, StartGate } from './start/StartGate';
import { isDirty } from './store/documentStore';
import { OpenSampleLink } from './templates/OpenSampleLink';
import { TemplateList } from './templates/TemplateList';
import { Toolbar } from './toolbar/Toolbar';
import { ChoiceDialog } from './ui/ChoiceDialog';

export interface AppProps {
  /** Created once per window (main.tsx), before the first render. */
  editor: Editor;
}

export function App({ editor }: AppProps) {
  // Keys, clipboard events and menus reach commands through one router; the host learns of the document.
  useEffect(() => installInputRouter(editor), [editor]);
  useEffect(() => connectHost(editor), [editor]);
  useEffect(() => leaveCompareOnLoad(editor), [editor]);
  const { host } = editor;

  return (
    <EditorProvider editor={editor}>
      <WindowTitle />
      <div className="app">
        <Toolbar />
        <HiddenOnStart>
          <FilterBar />
        </HiddenOnStart>
        <main className="workspace">
          <StartGate templates={<StartTemplates />} sample={<OpenSampleLink />}>
            <ReactFlowProvider>
              <JourneyCanvas />
            </ReactFlowProvider>
          </StartGate>
          <SideArea />
        </main>
        <Notices />
      </div>
      <DialogHost dialogs={editor.dialogs} />
      <ChoiceDialog choices={editor.choices} />
      <CommandPalette />
      <LazyExportDialog preferDownload={host.kind === 'electron'} printToPdf={host.printToPdf?.bind(host)} />
      <ShortcutsSheet />
    </EditorProvider>
  );
}

/** The start screen's template tiles: each starts a document through the same unsaved-changes flow as New. */
function StartTemplates() {
  const run = useRun('start-screen');
  return (
    <TemplateList includeBlank={false} onChoose={(templateId) => void run('start-from-template', { templateId })} />
  );
}

/** The window title names the document and marks unsaved changes (Electron mirrors it). */
function WindowTitle() {
  const { t } = useTranslation();
  const name = useDocument((s) => s.file?.name ?? (s.journey.title || t('app.untitled')));
  const dirty = useDocument(isDirty);
  useEffect(() => {
    document.title = `${dirty ? '● ' : ''}${name} — ${t('app.name')}`;
  }, [name, dirty, t]);
  return null;
}

/** Beside the map: the editing panels, the CX report while it is open, or compare mode's changes. */
function SideArea() {
  const reportOpen = useView((s) => s.reportOpen);
  const comparing = useView((s) => s.compare !== null);
  if (comparing && !reportOpen) return <LazyComparePanel />;
  return reportOpen ? <LazyReportPanel /> : <SidePanels />;
}
