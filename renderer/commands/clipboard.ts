/**
 * Copy, cut, paste and duplicate of touchpoints. The clipboard carries a JSON fragment so a
 * paste into another open document (another window or app instance) works; the editor's own
 * copy backs it up where the page may not read the system clipboard.
 *
 * Keys and the Edit menu reach these through the DOM clipboard events (editor/inputRouter),
 * which hand over the event's clipboard as `write` or `text`; from the palette they start
 * such an event themselves.
 */
import { removeTouchpoints } from '../../shared/edit/journeyEdits';
import { extractFragment, parseFragment, pasteFragment, type JourneyFragment } from '../../shared/edit/fragment';
import { looksLikeCells } from '../../shared/import/looksLikeCells';
import { languageOfTag } from '../../shared/i18n/languages';
import { placeWithoutOverlap } from '../../shared/layout/freePlace';
import { SIZES } from '../../shared/layout/tokens';
import type { Journey } from '../../shared/model';
import { STEP, defineCommand, edit } from './define';
import type { CommandContext, CommandOutcome, CommandResult } from './types';

const PASTE_OFFSET = { x: SIZES.cardGap, y: SIZES.cardGap };

const fragmentOfSelection = (ctx: CommandContext): JourneyFragment | null =>
  extractFragment(ctx.journey, new Set(ctx.selection));

const hasSelection = (ctx: CommandContext) => ctx.selection.length > 0;

/** Pasted or duplicated cards, each moved to the nearest place where it covers no card, selected and shown. */
function placePasted(ctx: CommandContext, pasted: { journey: Journey; pastedIds: readonly string[] }): CommandResult {
  const ids = pasted.pastedIds.filter(
    (id) => pasted.journey.touchpoints.some((t) => t.id === id) || pasted.journey.steps.some((s) => s.id === id),
  );
  return {
    ...edit(placeWithoutOverlap(pasted.journey, ids), STEP, pasted.pastedIds),
    afterwards: () => ctx.viewport.current?.reveal(ids),
  };
}

/** The clipboard of a DOM copy or cut event: the selection goes on it as JSON. */
export interface ClipboardTarget {
  write(text: string): void;
}

/** Puts the selection on the clipboard; false when no cards are selected. */
function copyInto(ctx: CommandContext, target: ClipboardTarget): boolean {
  const fragment = fragmentOfSelection(ctx);
  if (!fragment) return false;
  ctx.clipboard.fragment = fragment;
  target.write(JSON.stringify(fragment));
  return true;
}

function pasteText(ctx: CommandContext, text: string | null): CommandOutcome | Promise<CommandOutcome> {
  const fragment = text !== null ? parseFragment(text) : ctx.clipboard.fragment;
  if (!fragment) return text !== null && looksLikeCells(text) ? pasteCells(ctx, text) : false;
  return pasteInto(ctx, fragment, true);
}

function pasteInto(ctx: CommandContext, fragment: JourneyFragment, useFallbackStage: boolean): CommandResult {
  const { journey } = ctx;
  const active = ctx.view.getState().activeStageId;
  const fallbackStageId =
    useFallbackStage && active && journey.stages.some((s) => s.id === active) ? active : undefined;
  const result = pasteFragment(journey, fragment, {
    offset: PASTE_OFFSET,
    newStageName: ctx.t('newItem.pastedStage'),
    ...(fallbackStageId ? { fallbackStageId } : {}),
  });
  return placePasted(ctx, result);
}

/**
 * Cells copied from a spreadsheet (tab-separated text): each row a card, read like an imported
 * table (docs/import.md "Pasting cells"); bad cells are listed and nothing is pasted.
 */
async function pasteCells(ctx: CommandContext, text: string): Promise<CommandOutcome> {
  // The importers load on the first paste of cells, not with the window.
  const { fragmentFromCells, importProblemMessageIn, importProblemPlaceIn } = await import('../../shared/import');
  const cells = fragmentFromCells(ctx.journey, text, { lang: languageOfTag(ctx.language()) ?? 'en' });
  if (!cells.ok) {
    void ctx.dialogs.showProblems(
      ctx.t('importDialog.pasteFailedTitle'),
      ctx.t('importDialog.pasteFailedIntro'),
      cells.problems.map((p) => ({ path: importProblemPlaceIn(p, ctx.t), message: importProblemMessageIn(p, ctx.t) })),
    );
    return false;
  }
  if (cells.unknownPersonas.length > 0) {
    ctx.notify('info', ctx.t('importDialog.pasteUnknownPersonas', { names: cells.unknownPersonas.join(', ') }));
  }
  return pasteInto(ctx, cells.fragment, cells.useFallbackStage);
}

export const copy = defineCommand({
  id: 'copy',
  labelKey: 'command.copy',
  hintKeys: ['mod+c'],
  isEnabled: hasSelection,
  perform(ctx, target?: ClipboardTarget) {
    if (!target) {
      document.execCommand('copy');
      return;
    }
    return copyInto(ctx, target) ? undefined : false;
  },
});

export const cut = defineCommand({
  id: 'cut',
  labelKey: 'command.cut',
  hintKeys: ['mod+x'],
  isEnabled: hasSelection,
  perform(ctx, target?: ClipboardTarget) {
    if (!target) {
      document.execCommand('cut');
      return;
    }
    if (!copyInto(ctx, target)) return false;
    return edit(removeTouchpoints(ctx.journey, new Set(ctx.selection)), STEP, []);
  },
});

export const paste = defineCommand({
  id: 'paste',
  labelKey: 'command.paste',
  hintKeys: ['mod+v'],
  /** `text`: what a paste event carried (null when it carried no clipboard at all). */
  perform(ctx, from?: { text: string | null }): CommandOutcome | Promise<CommandOutcome> {
    if (from) return pasteText(ctx, from.text);
    // Pages may not trigger a paste event themselves; read the clipboard, or fall back to our own copy.
    return (async () => {
      const text = (await navigator.clipboard?.readText().catch(() => null)) ?? null;
      const pasted = await pasteText(ctx, text);
      return pasted === false && text ? pasteText(ctx, null) : pasted;
    })();
  },
});

export const duplicate = defineCommand({
  id: 'duplicate',
  labelKey: 'command.duplicate',
  keys: ['mod+d'],
  isEnabled: hasSelection,
  perform(ctx) {
    const fragment = fragmentOfSelection(ctx);
    if (!fragment) return false;
    const result = pasteFragment(ctx.journey, fragment, {
      offset: PASTE_OFFSET,
      newStageName: ctx.t('newItem.pastedStage'),
    });
    return placePasted(ctx, result);
  },
});
