/**
 * Compare mode (docs/architecture.md "Compare mode"): Compare with… reads another version and
 * shows what changed from it to the open document; Leave compare ends it. On the desktop the
 * other version may also be the open file as it is on disk, or the `.bak` its last save kept;
 * Restore previous version compares with that backup first, and its Restore replaces the
 * document with it as one undoable change (never a file written behind the user's back).
 */
import type { FileVersion, OpenResult } from '../../shared/host';
import type { CompareSource } from '../store/compareSession';
import { defineCommand, defineTargetedCommand, edit } from './define';
import { showOpenFailure } from './documentFlow';
import type { CommandContext, CommandOutcome } from './types';

/** Enters compare mode with what was read; a file that cannot be read says why and changes nothing. */
async function startCompare(ctx: CommandContext, result: OpenResult, source: CompareSource): Promise<CommandOutcome> {
  if (result.status === 'cancelled' || (await showOpenFailure(ctx, result))) return false;
  if (result.status !== 'opened') return false;
  ctx.view.getState().set({ compare: { other: result.journey, name: result.file.name, source }, reportOpen: false });
  ctx.notify('info', ctx.t('compare.status.comparing', { name: result.file.name }));
}

const fileVersionsReadable = (ctx: CommandContext) => ctx.file?.ref != null && ctx.host.readFileVersion !== undefined;

function readVersion(ctx: CommandContext, version: FileVersion): Promise<OpenResult> {
  return ctx.host.readFileVersion!(ctx.file!.ref!, version);
}

/** Another file: the host's picker, reading without opening. */
function readOtherFile(ctx: CommandContext): Promise<OpenResult> {
  return ctx.host.readFileToCompare ? ctx.host.readFileToCompare() : ctx.host.openFile();
}

/** File > Compare with…: on the desktop, with a saved file, asks which version first. */
export const compareWith = defineCommand({
  id: 'compare-with',
  labelKey: 'compare.command.compareWith',
  whileTyping: true,
  async perform(ctx) {
    if (!fileVersionsReadable(ctx)) return startCompare(ctx, await readOtherFile(ctx), 'file');
    const answer = await ctx.choices.choose(ctx.t('compare.choose.title'), ctx.t('compare.choose.body'), [
      { id: 'file', label: ctx.t('compare.choose.file') },
      { id: 'disk', label: ctx.t('compare.choose.disk') },
      { id: 'backup', label: ctx.t('compare.choose.backup') },
    ]);
    if (answer === 'file') return startCompare(ctx, await readOtherFile(ctx), 'file');
    if (answer === 'disk' || answer === 'backup') return startCompare(ctx, await readVersion(ctx, answer), answer);
    return false;
  },
});

/** Desktop: compares with the `.bak` the last save kept, which the compare panel can then restore. */
export const restorePreviousVersion = defineCommand({
  id: 'restore-previous-version',
  labelKey: 'compare.command.restorePrevious',
  whileTyping: true,
  isEnabled: fileVersionsReadable,
  async perform(ctx) {
    return startCompare(ctx, await readVersion(ctx, 'backup'), 'backup');
  },
});

export const leaveCompare = defineCommand({
  id: 'leave-compare',
  labelKey: 'compare.command.leave',
  isEnabled: (ctx) => ctx.view.getState().compare !== null,
  perform(ctx) {
    ctx.view.getState().set({ compare: null });
  },
});

/** Replaces the document with the compared backup: one undo step, saved only when the user saves. */
export const restoreComparedVersion = defineCommand({
  id: 'restore-compared-version',
  labelKey: 'compare.command.restore',
  isEnabled: (ctx) => ctx.view.getState().compare?.source === 'backup',
  perform(ctx) {
    const session = ctx.view.getState().compare!;
    ctx.view.getState().set({ compare: null });
    ctx.notify('info', ctx.t('compare.status.restored', { name: session.name }));
    return edit(structuredClone(session.other));
  },
});

/** A change in the compare list: selects its card and brings it into view (a removed card's ghost is only revealed). */
export const showComparedCard = defineTargetedCommand({
  id: 'show-compared-card',
  perform(ctx, args: { id: string }) {
    const present =
      ctx.journey.touchpoints.some((c) => c.id === args.id) || ctx.journey.steps.some((c) => c.id === args.id);
    if (present) ctx.view.getState().select([args.id]);
    ctx.viewport.current?.reveal([args.id]);
  },
});
