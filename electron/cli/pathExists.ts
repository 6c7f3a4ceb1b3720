import { access } from 'node:fs/promises';

/** Whether anything is at `path` (the commands that write a new file refuse to replace one without --force). */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
