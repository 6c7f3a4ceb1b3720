/** Fault injection for the save path: the real file system, except one step fails like a bad disk. */
import { nodeFsOps, type FsOps } from '../../../electron/node/fsOps';

export const SAVE_STEPS = ['openNew', 'write', 'sync', 'close', 'copyFile', 'rename', 'fsyncDir'] as const;
export type Step = (typeof SAVE_STEPS)[number];

/** Real file system, except that the named step throws like a full or failing disk would. */
export function failingAt(step: Step): FsOps {
  const boom = () => Object.assign(new Error(`injected failure at ${step}`), { code: 'EIO' });
  return {
    ...nodeFsOps,
    async openNew(path) {
      if (step === 'openNew') throw boom();
      const file = await nodeFsOps.openNew(path);
      return {
        write: async (data) => {
          if (step === 'write') {
            await file.write(data.subarray(0, 10)); // a torn write
            throw boom();
          }
          await file.write(data);
        },
        sync: async () => {
          if (step === 'sync') throw boom();
          await file.sync();
        },
        close: async () => {
          await file.close();
          if (step === 'close') throw boom();
        },
      };
    },
    copyFile: async (a, b) => {
      if (step === 'copyFile') throw boom();
      await nodeFsOps.copyFile(a, b);
    },
    rename: async (a, b) => {
      if (step === 'rename') throw boom();
      await nodeFsOps.rename(a, b);
    },
    fsyncDir: async (p) => {
      if (step === 'fsyncDir') throw boom();
      await nodeFsOps.fsyncDir(p);
    },
  };
}
