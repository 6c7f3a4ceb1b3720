/** At start: offer the drafts a crashed or killed session left behind (Restore, Discard, Later). */
import type { CommandContext } from '../commands/types';
import { confirmLeaveDocument } from '../commands/documentFlow';
import type { DraftAutosaver } from './draftAutosaver';

export async function offerRecovery(ctx: CommandContext, autosaver: DraftAutosaver): Promise<void> {
  const drafts = await ctx.host.listDrafts().catch(() => []);
  if (drafts.length === 0) return;
  const restoreId = await ctx.dialogs.askRecovery({ drafts, discard: (id) => ctx.host.deleteDraft(id) });
  if (restoreId) await restoreDraft(ctx, autosaver, restoreId);
}

/**
 * Opens a draft as a modified document linked to its original file (Save writes there, after
 * the usual check that nobody changed it meanwhile). The draft stays until it is saved or discarded.
 */
export async function restoreDraft(ctx: CommandContext, autosaver: DraftAutosaver, id: string): Promise<boolean> {
  if (!(await confirmLeaveDocument(ctx))) return false;
  const result = await ctx.host.restoreDraft(id);
  if (result.status === 'failed') {
    await ctx.dialogs.showProblems(
      ctx.t('recovery.restoreFailedTitle', { name: result.fileName }),
      ctx.t('recovery.restoreFailedIntro'),
      result.problems,
    );
    return false;
  }
  const { store } = ctx;
  store.getState().loadDocument(result.journey, result.file);
  // "Modified": what was last saved is not this document. Not an undo step.
  const history = store.temporal.getState();
  history.pause();
  store.setState({ savedJourney: { ...result.journey } });
  history.resume();
  autosaver.adopt(result.draftId);
  const name = result.file?.name ?? (result.journey.title || ctx.t('app.untitled'));
  store.getState().notify('info', ctx.t('files.restored', { name }));
  return true;
}
