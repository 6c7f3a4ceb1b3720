/** Opening files. Loading is never an undo step; it clears history. A bad file leaves the open document untouched. */
import type { DroppedFile } from '../../shared/host';
import { openFlow, showOpenFailure } from './documentFlow';
import { defineCommand, defineTargetedCommand } from './define';
import type { CommandOutcome } from './types';

/** File > Open…: the host asks which file. */
export const openDocument = defineCommand({
  id: 'open-document',
  labelKey: 'command.open-document',
  keys: ['mod+o'],
  whileTyping: true,
  perform: (ctx) => openFlow(ctx, () => ctx.host.openFile()),
});

/** A file named by where it came from: the recent list, a drop on the window, or main (command line, OS). */
export type FileToOpen =
  | { kind: 'recent'; recentId: string }
  | { kind: 'dropped'; file: DroppedFile; handle?: Promise<unknown> }
  | { kind: 'ref'; ref: string };

export const openFile = defineTargetedCommand({
  id: 'open-file',
  perform(ctx, target: FileToOpen) {
    const { host } = ctx;
    return openFlow(ctx, () => {
      if (target.kind === 'recent') return host.openRecentFile(target.recentId);
      if (target.kind === 'dropped') return host.openDroppedFile(target.file, target.handle);
      return host.openFileRef(target.ref);
    });
  },
});

/** Replaces the document with the version on disk (the user chose Reload in the conflict dialog). */
export const reloadFile = defineTargetedCommand({
  id: 'reload-file',
  async perform(ctx, args: { ref: string }): Promise<CommandOutcome> {
    const result = await ctx.host.openFileRef(args.ref);
    if ((await showOpenFailure(ctx, result)) || result.status !== 'opened') return false;
    ctx.notify('info', ctx.t('files.reloaded', { name: result.file.name }));
    return { change: { kind: 'load', journey: result.journey, file: result.file } };
  },
});
