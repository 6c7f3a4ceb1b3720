/**
 * Parts of the window that load on first use, each a chunk of its own, so the start screen
 * needs none of their code: the Export dialog (the export pipeline, the map renderer,
 * html-to-image) and the CX report (the report and its charts). Each is mounted only while it
 * is open; after the first time its code is in memory and it opens at once.
 */
import { lazy, Suspense } from 'react';
import { useView } from './editor/EditorContext';
import type { ExportDialogProps } from './export/ExportDialog';

const ExportDialog = lazy(() => import('./export/ExportDialog').then((m) => ({ default: m.ExportDialog })));
const ReportPanel = lazy(() => import('./report/ReportPanel').then((m) => ({ default: m.ReportPanel })));

export function LazyExportDialog(props: ExportDialogProps) {
  const open = useView((s) => s.exportOpen);
  return open ? (
    <Suspense fallback={null}>
      <ExportDialog {...props} />
    </Suspense>
  ) : null;
}

/** The report's place stays taken (an empty panel) for the moment its code is on the way. */
export function LazyReportPanel() {
  return (
    <Suspense fallback={<aside className="report-panel" aria-busy="true" />}>
      <ReportPanel />
    </Suspense>
  );
}
