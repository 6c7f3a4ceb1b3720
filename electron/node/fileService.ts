/**
 * Everything main does with files for the renderer, without Electron: the document registry,
 * the recent-files list and the recovery drafts, kept consistent with each other. main/ipc.ts
 * only adds native dialogs around these calls.
 */
import type {
  DraftInput,
  DraftSummary,
  FileRef,
  FileVersion,
  OpenResult,
  RecentFile,
  RestoreResult,
  SaveFileOptions,
  SaveResult,
} from '../../shared/host';
import { basename } from 'node:path';
import type { Translate } from '../../shared/i18n/translate';
import { loadJourneyText } from '../../shared/model';
import { writeFileAtomically } from './journeyFiles';
import { DocumentRegistry } from './documentRegistry';
import type { DraftStore } from './drafts';
import type { FsOps } from './fsOps';
import type { RecentFiles } from './recentFiles';

export class FileService {
  readonly documents: DocumentRegistry;

  /** `translate`: the UI language's words for the messages a failed save returns (default English). */
  constructor(
    readonly recent: RecentFiles,
    readonly drafts: DraftStore,
    private readonly ops?: FsOps,
    translate?: () => Translate,
  ) {
    this.documents = new DocumentRegistry(ops, (path, title) => recent.touch(path, title), translate);
  }

  openPath(path: string): Promise<OpenResult> {
    return this.documents.open(path);
  }

  openRef(ref: string): Promise<OpenResult> {
    return this.documents.openRef(ref);
  }

  /** Reads a file to compare with, without opening it (compare mode). */
  readPath(path: string): Promise<OpenResult> {
    return this.documents.read(path);
  }

  readVersion(ref: string, version: FileVersion): Promise<OpenResult> {
    return this.documents.readVersion(ref, version);
  }

  save(ref: string, text: string, options?: SaveFileOptions): Promise<SaveResult> {
    return this.documents.save(ref, text, options);
  }

  saveTo(path: string, text: string): Promise<SaveResult> {
    return this.documents.saveTo(path, text);
  }

  /** Writes an export (a PDF) to a path the user just chose; never a journey, so no validation or ref. */
  async writeExport(path: string, data: Uint8Array): Promise<SaveResult> {
    try {
      await writeFileAtomically(path, data, { backup: false }, this.ops);
      return { status: 'saved', file: { ref: null, name: basename(path) } };
    } catch (error) {
      return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }

  /** A path main chose (command line, OS, second launch) gets a ref the renderer can open. */
  adopt(path: string): FileRef & { ref: string } {
    const file = this.documents.adopt(path);
    return { ref: file.ref!, name: file.name };
  }

  listRecent(): Promise<RecentFile[]> {
    return this.recent.list();
  }

  async openRecent(id: string): Promise<OpenResult> {
    const path = this.recent.pathOf(id);
    if (!path)
      return {
        status: 'failed',
        fileName: 'recent file',
        problems: [{ path: '', message: 'it is no longer in the recent files list' }],
      };
    return this.documents.open(path);
  }

  async removeRecent(id: string): Promise<RecentFile[]> {
    this.recent.remove(id);
    return this.recent.list();
  }

  /** Writes a draft, remembering which file (and which version of it) the document belongs to. */
  async saveDraft(draft: DraftInput): Promise<void> {
    const link = draft.file?.ref ? this.documents.linkOf(draft.file.ref) : undefined;
    await this.drafts.write({
      id: draft.id,
      text: draft.text,
      title: draft.title,
      fileName: draft.file?.name ?? null,
      path: link?.path ?? null,
      stamp: link?.stamp ?? null,
    });
  }

  listDrafts(): Promise<DraftSummary[]> {
    return this.drafts.list();
  }

  deleteDraft(id: string): Promise<void> {
    return this.drafts.delete(id);
  }

  /** Loads a draft as it was; the draft stays on disk until the restored document is saved or discarded. */
  async restoreDraft(id: string): Promise<RestoreResult> {
    const record = await this.drafts.read(id);
    if (!record)
      return { status: 'failed', fileName: id, problems: [{ path: '', message: 'the draft is gone or damaged' }] };
    const loaded = loadJourneyText(record.text);
    const name = record.fileName ?? (record.title || 'draft');
    if (!loaded.ok) return { status: 'failed', fileName: name, problems: loaded.problems };
    const file = record.path
      ? this.documents.adopt(record.path, record.stamp)
      : record.fileName
        ? { ref: null, name: record.fileName }
        : null;
    return { status: 'restored', draftId: id, journey: loaded.journey, file };
  }
}
