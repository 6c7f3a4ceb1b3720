/** What the app's import dialog shows before anything is created (renderer/import/ImportDialog.tsx). */
import type { UiLanguage } from '../i18n/languages';
import type { ColumnMapping } from './columns';
import type { ImportFormat, ImportResult, ImportTable } from './types';

interface PreviewBase {
  fileName: string;
  format: ImportFormat;
  lang: UiLanguage;
  /** The journey's title when the file has none: the file name without its extension. */
  title: string;
}

export type ImportPreview =
  /** A table, imported again with each change of the mapping. */
  | (PreviewBase & { kind: 'table'; table: ImportTable; mapping: ColumnMapping[]; readNotes: string[] })
  /** Another format: its result as it is. */
  | (PreviewBase & { kind: 'result'; result: ImportResult });
