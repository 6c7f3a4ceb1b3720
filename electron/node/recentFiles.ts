/**
 * The recent-files list: the last ten files opened or saved, newest first, kept in settings.
 * Entries whose file is gone stay listed (marked missing) until the user removes them: a
 * network drive may just be disconnected.
 */
import { promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, resolve, sep } from 'node:path';
import type { RecentFile } from '../../shared/host';
import { sha256 } from './journeyFiles';

export const RECENT_LIMIT = 10;

/** One stored entry (settings file). */
export interface RecentEntry {
  path: string;
  title: string;
  openedAt: string;
}

export interface RecentStorage {
  load(): RecentEntry[];
  save(entries: RecentEntry[]): void;
}

export interface RecentFilesOptions {
  exists?: (path: string) => Promise<boolean>;
  now?: () => Date;
  home?: string;
}

/** Stable, opaque id of a path, so the renderer never holds the path itself. */
export const recentIdOf = (path: string) => sha256(path).slice(0, 16);

const fileExists = (path: string) =>
  fs.stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

export class RecentFiles {
  private readonly listeners = new Set<() => void>();
  private readonly exists: (path: string) => Promise<boolean>;
  private readonly now: () => Date;
  private readonly home: string;

  constructor(
    private readonly storage: RecentStorage,
    options: RecentFilesOptions = {},
  ) {
    this.exists = options.exists ?? fileExists;
    this.now = options.now ?? (() => new Date());
    this.home = options.home ?? homedir();
  }

  /** Moves the file to the top (adding it if new), keeping at most ten. */
  touch(path: string, title: string): void {
    const full = resolve(path);
    const rest = this.storage.load().filter((e) => e.path !== full);
    this.write([{ path: full, title, openedAt: this.now().toISOString() }, ...rest].slice(0, RECENT_LIMIT));
  }

  remove(id: string): void {
    this.write(this.storage.load().filter((e) => recentIdOf(e.path) !== id));
  }

  clear(): void {
    this.write([]);
  }

  /** Drops the entries whose file is gone. */
  async removeMissing(): Promise<void> {
    const gone = new Set((await this.list()).filter((f) => f.missing).map((f) => f.id));
    if (gone.size > 0) this.write(this.storage.load().filter((e) => !gone.has(recentIdOf(e.path))));
  }

  pathOf(id: string): string | undefined {
    return this.storage.load().find((e) => recentIdOf(e.path) === id)?.path;
  }

  async list(): Promise<RecentFile[]> {
    const entries = this.storage.load();
    const present = await Promise.all(entries.map((e) => this.exists(e.path)));
    return entries.map((entry, i) => ({
      id: recentIdOf(entry.path),
      name: basename(entry.path),
      title: entry.title,
      openedAt: entry.openedAt,
      missing: !present[i],
      location: this.shortFolder(dirname(entry.path)),
    }));
  }

  /** Calls back whenever the list changes (the native Open Recent menu is rebuilt). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private write(entries: RecentEntry[]): void {
    this.storage.save(entries);
    for (const listener of this.listeners) listener();
  }

  private shortFolder(folder: string): string {
    if (this.home && (folder === this.home || folder.startsWith(this.home + sep)))
      return `~${folder.slice(this.home.length)}`;
    return folder;
  }
}
