/**
 * Parts of the window that load on first use, each a chunk of its own, so the start screen
 * needs none of their code: the Export dialog (the export pipeline, the map renderer,
 * html-to-image), the CX report (the report and its charts) and compare mode's side list (the
 * diff's sentences and the report's words, with every language's catalogue). Each is mounted only while it
 * is open; after the first time its code is in memory and it opens at once.
 */
import { lazy, Suspense } from 'react';
import { useView } from './editor/EditorContext';
import type { ExportDialogProps } from './export/ExportDialog';

const ExportDialog = lazy(() => import('./export/ExportDialog').then((m) => ({ default: m.ExportDialog })));
const ReportPanel = lazy(() => import('./report/ReportPanel').then((m) => ({ default: m.ReportPanel })));
const ComparePanel = lazy(() => import('./compare/ComparePanel').then((m) => ({ default: m.ComparePanel })));

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

/** Compare mode's list of changes, in the side panel's place. */
export function LazyComparePanel() {
  return (
    <Suspense fallback={<aside className="compare-panel" aria-busy="true" />}>
      <ComparePanel />
    </Suspense>
  );
}
