/**
 * Recovery drafts: the open document, written to the app's data folder a few seconds after
 * each change, never over the user's file. A draft outlives a crash or a killed process and
 * is offered at the next start; a clean save or an explicit Don't Save deletes it.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { DraftSummary } from '../../shared/host';
import { DRAFT_ID_PATTERN } from '../../shared/ipc/channels';
import { nodeFsOps, isCode, type FsOps } from './fsOps';
import { writeFileAtomically, type DiskStamp } from './journeyFiles';

const DRAFT_SUFFIX = '.draft.json';

const draftRecordSchema = z.object({
  format: z.literal('journey-studio-draft'),
  version: z.literal(1),
  id: z.string().regex(DRAFT_ID_PATTERN),
  savedAt: z.string(),
  title: z.string(),
  fileName: z.string().nullable(),
  /** The user's file the draft belongs to, so a restore links back to it. */
  path: z.string().nullable(),
  /** What that file looked like when editing began, so a later save still notices outside changes. */
  stamp: z.object({ size: z.number(), mtimeMs: z.number(), sha256: z.string() }).nullable(),
  /** The serialized journey, exactly as the renderer produced it. */
  text: z.string(),
});

export type DraftRecord = z.infer<typeof draftRecordSchema>;

export interface DraftWrite {
  id: string;
  text: string;
  title: string;
  fileName: string | null;
  path: string | null;
  stamp: DiskStamp | null;
}

export class DraftStore {
  constructor(
    /** The drafts folder inside the app's data folder. */
    readonly dir: string,
    private readonly ops: FsOps = nodeFsOps,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private pathFor(id: string): string {
    // The id becomes a file name: anything but the plain pattern could walk out of the folder.
    if (!DRAFT_ID_PATTERN.test(id)) throw new Error(`Not a draft id: ${JSON.stringify(id)}`);
    return join(this.dir, `${id}${DRAFT_SUFFIX}`);
  }

  async write(draft: DraftWrite): Promise<void> {
    const path = this.pathFor(draft.id);
    await fs.mkdir(this.dir, { recursive: true });
    const record: DraftRecord = {
      format: 'journey-studio-draft',
      version: 1,
      savedAt: this.now().toISOString(),
      ...draft,
    };
    await writeFileAtomically(path, JSON.stringify(record), { backup: false }, this.ops);
  }

  /** The draft, or null when there is none or it cannot be read. */
  async read(id: string): Promise<DraftRecord | null> {
    let text: string;
    try {
      text = (await this.ops.readFile(this.pathFor(id))).toString('utf8');
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null;
      throw error;
    }
    try {
      const parsed = draftRecordSchema.safeParse(JSON.parse(text));
      return parsed.success && parsed.data.id === id ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Every readable draft, newest first. A damaged one is renamed aside (kept, not offered again). */
  async list(): Promise<DraftSummary[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return [];
      throw error;
    }
    const drafts: DraftSummary[] = [];
    for (const name of names.filter((n) => n.endsWith(DRAFT_SUFFIX))) {
      const id = name.slice(0, -DRAFT_SUFFIX.length);
      if (!DRAFT_ID_PATTERN.test(id)) continue;
      const record = await this.read(id);
      if (!record) {
        await this.ops.rename(join(this.dir, name), join(this.dir, `${name}.damaged`)).catch(() => undefined);
        continue;
      }
      drafts.push({ id, title: record.title, fileName: record.fileName, savedAt: record.savedAt });
    }
    return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async delete(id: string): Promise<void> {
    try {
      await this.ops.unlink(this.pathFor(id));
    } catch (error) {
      if (!isCode(error, 'ENOENT')) throw error;
    }
  }
}
