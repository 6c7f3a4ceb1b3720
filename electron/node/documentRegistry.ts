/**
 * The files this window may touch. The renderer only ever holds opaque refs; a path gets a
 * ref only after the user picked it in a dialog (or opened it from the OS), so a compromised
 * page cannot name arbitrary paths. Every save is validated before it reaches the disk.
 */
import { basename } from 'node:path';
import type { OpenResult, SaveResult } from '../../shared/host';
import { formatProblem, loadJourneyText } from '../../shared/model';
import { readJourneyFile, writeFileAtomically, type DiskStamp } from './journeyFiles';
import type { FsOps } from './fsOps';

interface Entry {
  path: string;
  stamp: DiskStamp | null;
}

export class DocumentRegistry {
  private readonly entries = new Map<string, Entry>();
  private next = 0;

  constructor(private readonly ops?: FsOps) {}

  private register(path: string, stamp: DiskStamp | null): string {
    for (const [ref, entry] of this.entries) {
      if (entry.path === path) {
        entry.stamp = stamp;
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

  async open(path: string): Promise<OpenResult> {
    const result = await readJourneyFile(path, this.ops);
    if (!result.ok) return { status: 'failed', fileName: basename(path), problems: result.problems };
    const ref = this.register(path, result.stamp);
    const opened: OpenResult = { status: 'opened', file: { ref, name: basename(path) }, journey: result.journey };
    return result.migratedFrom === undefined ? opened : { ...opened, migratedFrom: result.migratedFrom };
  }

  /** Saves over a file this window opened or saved before. */
  async save(ref: string, text: string): Promise<SaveResult> {
    const entry = this.entries.get(ref);
    if (!entry) return { status: 'failed', message: 'This document has no file yet; use Save As.' };
    return this.saveTo(entry.path, text);
  }

  /** Saves to a path the user has just chosen in a dialog. */
  async saveTo(path: string, text: string): Promise<SaveResult> {
    const loaded = loadJourneyText(text);
    if (!loaded.ok) {
      const first = loaded.problems.slice(0, 3).map(formatProblem).join('; ');
      return { status: 'failed', message: `The document was not saved because it is not a valid journey: ${first}` };
    }
    try {
      const stamp = await writeFileAtomically(path, text, {}, this.ops);
      return { status: 'saved', file: { ref: this.register(path, stamp), name: basename(path) } };
    } catch (error) {
      return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }
}
