/**
 * The files this window may touch. The renderer only ever holds opaque refs; a path gets a
 * ref only after the user picked it in a dialog (or opened it from the OS, the command line,
 * a drop or the recent list), so a compromised page cannot name arbitrary paths. Every save
 * is validated before it reaches the disk, and refused when the file changed underneath.
 */
import { basename } from 'node:path';
import type { FileRef, FileVersion, OpenResult, SaveFileOptions, SaveResult } from '../../shared/host';
import { createTranslator, type Translate } from '../../shared/i18n/translate';
import { formatProblem, loadJourneyText } from '../../shared/model';
import {
  backupPathFor,
  describeFsError,
  hasChangedOnDisk,
  readJourneyFile,
  writeFileAtomically,
  type DiskStamp,
} from './journeyFiles';
import type { FsOps } from './fsOps';

const english = createTranslator('en');

/** Where a ref points and what the file looked like when this window last read or wrote it. */
export interface FileLink {
  path: string;
  stamp: DiskStamp | null;
}

/** Told of every file opened or saved, with its journey's title (the recent-files list). */
export type FileUsedListener = (path: string, title: string) => void;

export class DocumentRegistry {
  private readonly entries = new Map<string, FileLink>();
  private next = 0;

  /** `translate` gives the UI language's words at the time of the call (the language can change). */
  constructor(
    private readonly ops?: FsOps,
    private readonly onFileUsed?: FileUsedListener,
    private readonly translate: () => Translate = () => english,
  ) {}

  private register(path: string, stamp: DiskStamp | null): string {
    for (const [ref, entry] of this.entries) {
      if (entry.path === path) {
        if (stamp) entry.stamp = stamp;
        return ref;
      }
    }
    const ref = `file-${++this.next}`;
    this.entries.set(ref, { path, stamp });
    return ref;
  }

  pathOf(ref: string): string | undefined {
    return this.entries.get(ref)?.path;
  }

  linkOf(ref: string): FileLink | undefined {
    const entry = this.entries.get(ref);
    return entry && { ...entry };
  }

  /**
   * Gives a ref to a path main chose (command line, OS, drop, recent list) before it is read,
   * or to the file a restored draft belongs to, with what it looked like when the draft began.
   */
  adopt(path: string, stamp: DiskStamp | null = null): FileRef {
    return { ref: this.register(path, stamp), name: basename(path) };
  }

  async open(path: string): Promise<OpenResult> {
    const result = await readJourneyFile(path, this.ops);
    if (!result.ok) return { status: 'failed', fileName: basename(path), problems: result.problems };
    const ref = this.register(path, result.stamp);
    this.onFileUsed?.(path, result.journey.title);
    const opened: OpenResult = { status: 'opened', file: { ref, name: basename(path) }, journey: result.journey };
    return result.migratedFrom === undefined
      ? opened
      : { ...opened, migratedFrom: result.migratedFrom, notes: result.notes };
  }

  /** Reads the file behind a ref this window was given (an open request, Reload from disk). */
  async openRef(ref: string): Promise<OpenResult> {
    const path = this.pathOf(ref);
    if (!path) return { status: 'failed', fileName: ref, problems: [{ path: '', message: 'unknown file reference' }] };
    return this.open(path);
  }

  /**
   * Reads a journey file without opening it: no ref, no recent entry, and the stamp of an open
   * file stays as it was, so a later save still notices a change on disk (compare mode).
   */
  async read(path: string): Promise<OpenResult> {
    const result = await readJourneyFile(path, this.ops);
    if (!result.ok) return { status: 'failed', fileName: basename(path), problems: result.problems };
    const read: OpenResult = { status: 'opened', file: { ref: null, name: basename(path) }, journey: result.journey };
    return result.migratedFrom === undefined
      ? read
      : { ...read, migratedFrom: result.migratedFrom, notes: result.notes };
  }

  /** The file behind a ref as it is on disk now, or the `.bak` its last save kept, read without opening it. */
  async readVersion(ref: string, version: FileVersion): Promise<OpenResult> {
    const path = this.pathOf(ref);
    if (!path) return { status: 'failed', fileName: ref, problems: [{ path: '', message: 'unknown file reference' }] };
    return this.read(version === 'disk' ? path : backupPathFor(path));
  }

  /** Saves over a file this window opened or saved before, unless it changed on disk meanwhile. */
  async save(ref: string, text: string, options: SaveFileOptions = {}): Promise<SaveResult> {
    const entry = this.entries.get(ref);
    if (!entry) return { status: 'failed', message: this.translate()('files.noFileYet') };
    if (entry.stamp && !options.overwrite) {
      try {
        if (await hasChangedOnDisk(entry.path, entry.stamp, this.ops))
          return { status: 'conflict', fileName: basename(entry.path) };
      } catch (error) {
        const t = this.translate();
        return {
          status: 'failed',
          message: t('files.notChecked', { name: basename(entry.path), reason: describeFsError(error) }),
        };
      }
    }
    return this.saveTo(entry.path, text);
  }

  /** Saves to a path the user has just chosen in a dialog. */
  async saveTo(path: string, text: string): Promise<SaveResult> {
    const loaded = loadJourneyText(text);
    if (!loaded.ok) {
      const first = loaded.problems.slice(0, 3).map(formatProblem).join('; ');
      return { status: 'failed', message: this.translate()('files.notValid', { problems: first }) };
    }
    try {
      const stamp = await writeFileAtomically(path, text, {}, this.ops);
      this.onFileUsed?.(path, loaded.journey.title);
      return { status: 'saved', file: { ref: this.register(path, stamp), name: basename(path) } };
    } catch (error) {
      return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }
}
