/** The save and discard-changes flow shared by New, Open and Save commands. */
import { serializeJourney } from '../../shared/model';
import { isDirty } from '../store/editorStore';
import type { CommandContext } from './types';

export function suggestedFileName(title: string): string {
  const base = title
    .trim()
    .replace(/[\\/:*?"<>|]+/g, '')
    .replace(/\p{Cc}+/gu, '')
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return `${base || 'journey'}.journey`;
}

export function documentName(ctx: CommandContext): string {
  const { file, journey } = ctx.store.getState();
  return file?.name ?? (journey.title || ctx.t('app.untitled'));
}

/** Saves the document (asking for a location when it has none, or when `as`). True when saved. */
export async function saveDocument(ctx: CommandContext, as: boolean): Promise<boolean> {
  const state = ctx.store.getState();
  const source = state.journey;
  // Touch updatedAt only when something changed, so saving an unchanged file is byte-identical.
  const saved = isDirty(state) ? { ...source, updatedAt: new Date().toISOString() } : source;
  const text = serializeJourney(saved);
  const ref = state.file?.ref;
  const result =
    as || !ref ? await ctx.host.saveFileAs(text, suggestedFileName(saved.title)) : await ctx.host.saveFile(ref, text);
  if (result.status === 'cancelled') return false;
  if (result.status === 'failed') {
    await ctx.dialogs.showProblems(ctx.t('dialog.saveFailedTitle'), result.message, []);
    return false;
  }
  ctx.store.getState().markSaved(saved, source, result.file);
  ctx.store.getState().notify('info', ctx.t('status.saved', { name: result.file.name }));
  return true;
}

/** Before replacing the document: asks Save / Don't Save / Cancel when there are unsaved changes. */
export async function confirmLeaveDocument(ctx: CommandContext): Promise<boolean> {
  if (!isDirty(ctx.store.getState())) return true;
  const answer = await ctx.dialogs.askSaveChanges(documentName(ctx));
  if (answer === 'cancel') return false;
  if (answer === 'discard') return true;
  return saveDocument(ctx, false);
}
