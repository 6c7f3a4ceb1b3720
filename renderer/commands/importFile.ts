/**
 * File > Import…: a CSV, Excel, Mermaid, .ojf or enablement-map-studio file, previewed in the
 * import dialog (how each column was understood, what it will create, its problems), then
 * opened as a new unsaved document, after Save changes? as New asks. The file is read through
 * a file input, which both hosts have; the importers load on first use (docs/import.md).
 */
import { languageOfTag } from '../../shared/i18n/languages';
import { overLimitMessage } from '../../shared/model/fileLimits';
import type { ImportPreview } from '../../shared/import/preview';
import { MAX_IMPORT_BYTES } from '../../shared/import/limits';
import { confirmLeaveDocument, loadUnsaved } from './documentFlow';
import { defineCommand } from './define';
import type { CommandContext, CommandOutcome } from './types';

/** What the file input offers; any other file can still be chosen ("All files"). */
export const IMPORT_ACCEPT = '.csv,.tsv,.txt,.xlsx,.mmd,.mermaid,.md,.ojf,.json,.yaml,.yml';

function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = IMPORT_ACCEPT;
    input.style.display = 'none';
    const done = (file: File | null) => {
      resolve(file);
      input.remove();
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => done(null));
    document.body.append(input);
    input.click();
  });
}

async function previewOf(ctx: CommandContext, file: File): Promise<ImportPreview | string> {
  if (file.size > MAX_IMPORT_BYTES) return overLimitMessage(file.size, MAX_IMPORT_BYTES);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const importers = await import('../../shared/import');
  const format = importers.detectImportFormat(file.name, bytes);
  if (!format) return ctx.t('importDialog.unknownFormat');
  const lang = languageOfTag(ctx.language()) ?? 'en';
  const base = { fileName: file.name, format, lang, title: file.name.replace(/\.[^.]+$/, '') };
  if (format === 'csv' || format === 'xlsx') {
    const read = await importers.readTable(format, bytes, lang);
    if (!read.ok) return { ...base, kind: 'result', result: read };
    const mapping = importers.detectMapping(read.table.header, read.table.rows);
    return { ...base, kind: 'table', table: read.table, mapping, readNotes: read.notes };
  }
  return { ...base, kind: 'result', result: await importers.importJourney(bytes, { format, lang, title: base.title }) };
}

export const importFile = defineCommand({
  id: 'import-file',
  labelKey: 'importDialog.command',
  whileTyping: true,
  async perform(ctx): Promise<CommandOutcome> {
    const file = await pickFile();
    if (!file) return false;
    const preview = await previewOf(ctx, file);
    if (typeof preview === 'string') {
      await ctx.dialogs.showProblems(ctx.t('importDialog.failedTitle', { name: file.name }), preview, []);
      return false;
    }
    const journey = await ctx.dialogs.previewImport(preview);
    if (!journey) return false;
    // Never over unsaved work without the usual question.
    if (!(await confirmLeaveDocument(ctx))) return false;
    return loadUnsaved(journey);
  },
});
