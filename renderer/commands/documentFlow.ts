/**
 * The save, open and discard-changes flows shared by the file commands. They read the document
 * through the command context and return what should happen to it; saving first (before New or
 * Open) runs the save command, so every change still goes through the dispatcher.
 */
import type { OpenResult, SaveChangesAnswer, SaveResult } from '../../shared/host';
import { createJourney, formatProblem, serializeJourney, type Journey } from '../../shared/model';
import type { CommandContext, CommandOutcome, CommandResult } from './types';

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
  return ctx.file?.name ?? (ctx.journey.title || ctx.t('app.untitled'));
}

/** Saves the document (asking for a location when it has none, or when `as`). */
export async function saveFlow(ctx: CommandContext, as: boolean): Promise<CommandOutcome> {
  const source = ctx.journey;
  // Touch updatedAt only when something changed, so saving an unchanged file is byte-identical.
  const saved = ctx.dirty ? { ...source, updatedAt: new Date().toISOString() } : source;
  const text = serializeJourney(saved);
  const ref = ctx.file?.ref;
  const saveAs = () => ctx.host.saveFileAs(text, suggestedFileName(saved.title));
  let result: SaveResult = as || !ref ? await saveAs() : await ctx.host.saveFile(ref, text);
  if (result.status === 'conflict' && ref) {
    const answer = await ctx.dialogs.askConflict(result.fileName);
    if (answer === 'cancel') return false;
    if (answer === 'reload') {
      await ctx.run('reload-file', { ref });
      return false;
    }
    result = answer === 'overwrite' ? await ctx.host.saveFile(ref, text, { overwrite: true }) : await saveAs();
  }
  if (result.status === 'cancelled') return false;
  if (result.status !== 'saved') {
    const message = result.status === 'failed' ? result.message : ctx.t('conflict.body');
    await ctx.dialogs.showProblems(ctx.t('dialog.saveFailedTitle'), message, []);
    return false;
  }
  ctx.notify('info', ctx.t('status.saved', { name: result.file.name }));
  return { change: { kind: 'saved', saved, source, file: result.file } };
}

/**
 * Before the document goes away (New, Open, a drop, closing the window): asks Save / Don't Save /
 * Cancel when there are unsaved changes, natively where the host can. 'clean' means nothing to ask.
 */
export async function askToKeepChanges(ctx: CommandContext): Promise<'clean' | 'saved' | 'discard' | 'cancel'> {
  if (!ctx.dirty) return 'clean';
  const name = documentName(ctx);
  const answer: SaveChangesAnswer = ctx.host.askSaveChanges
    ? await ctx.host.askSaveChanges({
        message: ctx.t('dialog.saveChangesTitle', { name }),
        detail: ctx.t('dialog.saveChangesBody'),
        save: ctx.t('dialog.save'),
        dontSave: ctx.t('dialog.dontSave'),
        cancel: ctx.t('dialog.cancel'),
      })
    : await ctx.dialogs.askSaveChanges(name);
  if (answer !== 'save') return answer;
  return (await ctx.run('save-document')) ? 'saved' : 'cancel';
}

/** True when the document may be replaced. */
export async function confirmLeaveDocument(ctx: CommandContext): Promise<boolean> {
  return (await askToKeepChanges(ctx)) !== 'cancel';
}

/** Shows why a file could not be opened; true when there was such a failure. */
export async function showOpenFailure(ctx: CommandContext, result: OpenResult): Promise<boolean> {
  if (result.status !== 'failed') return false;
  await ctx.dialogs.showProblems(
    ctx.t('dialog.openFailedTitle', { name: result.fileName }),
    ctx.t('dialog.openFailedIntro'),
    result.problems,
  );
  return true;
}

/**
 * Opens a document from anywhere (Open…, a recent file, a drop, the command line or the OS):
 * asks about unsaved changes first; a file that cannot be opened leaves the document untouched.
 * Loading is never an undo step; it clears history.
 */
export async function openFlow(ctx: CommandContext, load: () => Promise<OpenResult>): Promise<CommandOutcome> {
  if (!(await confirmLeaveDocument(ctx))) return false;
  const result = await load();
  if (result.status === 'cancelled' || (await showOpenFailure(ctx, result))) return false;
  if (result.status !== 'opened') return false;
  ctx.notify('info', openedNotice(ctx, result));
  return { change: { kind: 'load', journey: result.journey, file: result.file } };
}

/** How many migration notes a notice lists before "…" (the rest are what `journey-studio migrate` prints). */
const NOTES_SHOWN = 5;

/** What the user is told after opening: the file's name, or that an older file was upgraded and what changed. */
function openedNotice(ctx: CommandContext, result: Extract<OpenResult, { status: 'opened' }>): string {
  if (result.migratedFrom === undefined) return ctx.t('status.opened', { name: result.file.name });
  const notes = result.notes ?? [];
  if (notes.length === 0) return ctx.t('dialog.migrated', { version: result.migratedFrom });
  const listed = notes.slice(0, NOTES_SHOWN).map(formatProblem).join('; ');
  return ctx.t('dialog.migratedNotes', {
    version: result.migratedFrom,
    count: notes.length,
    notes: notes.length > NOTES_SHOWN ? `${listed}; …` : listed,
  });
}

/** A new journey named in the UI language: its title and its one Touchpoints lane. */
export function blankJourney(ctx: Pick<CommandContext, 't'>): Journey {
  const journey = createJourney({ title: ctx.t('app.untitled') });
  return { ...journey, lanes: journey.lanes.map((lane) => ({ ...lane, name: ctx.t('app.touchpointLane') })) };
}

/** Replaces the document with a fresh, unsaved one that is linked to no file (Save asks where). */
export const loadUnsaved = (journey: Journey, startScreen = false): CommandResult => ({
  change: { kind: 'load', journey, file: null, ...(startScreen ? { startScreen } : {}) },
});
