import { confirmLeaveDocument } from './documentFlow';
import { defineTargetedCommand } from './define';
import type { CommandOutcome } from './types';

/**
 * Opens a recovery draft as a modified document linked to its original file (Save writes there,
 * after the usual check that nobody changed it meanwhile). The draft stays until it is saved or
 * discarded: the editor's autosaver continues it.
 */
export const restoreDraft = defineTargetedCommand({
  id: 'restore-draft',
  async perform(ctx, args: { draftId: string }): Promise<CommandOutcome> {
    if (!(await confirmLeaveDocument(ctx))) return false;
    const result = await ctx.host.restoreDraft(args.draftId);
    if (result.status === 'failed') {
      await ctx.dialogs.showProblems(
        ctx.t('recovery.restoreFailedTitle', { name: result.fileName }),
        ctx.t('recovery.restoreFailedIntro'),
        result.problems,
      );
      return false;
    }
    const name = result.file?.name ?? (result.journey.title || ctx.t('app.untitled'));
    ctx.notify('info', ctx.t('files.restored', { name }));
    return {
      change: { kind: 'load', journey: result.journey, file: result.file, modified: true, draftId: result.draftId },
    };
  },
});
