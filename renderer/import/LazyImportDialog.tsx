/**
 * The import dialog loads on first use, with the importers behind it (papaparse, the column
 * rules, the catalogues of all three languages): the window's start needs none of them.
 */
import { lazy, Suspense } from 'react';
import type { Dialog } from '../store/dialogStore';

const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));

export function LazyImportDialog({ dialog }: { dialog: Extract<Dialog, { kind: 'import-preview' }> }) {
  return (
    <Suspense fallback={null}>
      <ImportDialog dialog={dialog} />
    </Suspense>
  );
}
