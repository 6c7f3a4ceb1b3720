/**
 * Copy, cut, paste and duplicate of touchpoints. The clipboard carries a JSON fragment so a
 * paste into another open document (another window or app instance) works; an in-memory copy
 * backs it up where the page may not read the system clipboard.
 */
import { removeTouchpoints } from '../../shared/edit/journeyEdits';
import { extractFragment, parseFragment, pasteFragment, type JourneyFragment } from '../../shared/edit/fragment';
import { SIZES } from '../../shared/layout/tokens';
import type { Command, CommandContext } from './types';

let lastCopied: JourneyFragment | null = null;
const PASTE_OFFSET = { x: SIZES.cardGap, y: SIZES.cardGap };

export function fragmentOfSelection(ctx: CommandContext): JourneyFragment | null {
  const { journey, selection } = ctx.store.getState();
  return extractFragment(journey, new Set(selection));
}

/** Puts the selection on the clipboard as JSON; returns the text (for a DOM copy event). */
export function copySelection(ctx: CommandContext): string | null {
  const fragment = fragmentOfSelection(ctx);
  if (!fragment) return null;
  lastCopied = fragment;
  return JSON.stringify(fragment);
}

export function cutSelection(ctx: CommandContext): string | null {
  const text = copySelection(ctx);
  if (text === null) return null;
  const { selection, applyEdit, setSelection } = ctx.store.getState();
  applyEdit((j) => removeTouchpoints(j, new Set(selection)));
  setSelection([]);
  return text;
}

/** Pastes clipboard text if it is a fragment; returns false for anything else (it is not ours to handle). */
export function pasteText(ctx: CommandContext, text: string | null): boolean {
  const fragment = text !== null ? parseFragment(text) : lastCopied;
  if (!fragment) return false;
  const { applyEdit, setSelection, journey } = ctx.store.getState();
  const active = ctx.view.getState().activeStageId;
  const fallbackStageId = active && journey.stages.some((s) => s.id === active) ? active : undefined;
  let pasted: string[] = [];
  applyEdit((j) => {
    const result = pasteFragment(j, fragment, {
      offset: PASTE_OFFSET,
      ...(fallbackStageId ? { fallbackStageId } : {}),
    });
    pasted = result.pastedIds;
    return result.journey;
  });
  setSelection(pasted);
  return true;
}

const hasSelection = (ctx: CommandContext) => ctx.store.getState().selection.length > 0;

/** From the palette or a menu: the DOM copy/cut/paste events (see useClipboardEvents) do the work. */
export const copy: Command = {
  id: 'copy',
  labelKey: 'command.copy',
  hintKeys: ['mod+c'],
  history: 'never',
  isEnabled: hasSelection,
  perform() {
    document.execCommand('copy');
  },
};

export const cut: Command = {
  id: 'cut',
  labelKey: 'command.cut',
  hintKeys: ['mod+x'],
  history: 'record',
  isEnabled: hasSelection,
  perform() {
    document.execCommand('cut');
  },
};

export const paste: Command = {
  id: 'paste',
  labelKey: 'command.paste',
  hintKeys: ['mod+v'],
  history: 'record',
  async perform(ctx) {
    // Pages may not trigger a paste event themselves; read the clipboard, or fall back to our own copy.
    const text = await navigator.clipboard?.readText().catch(() => null);
    if (!pasteText(ctx, text ?? null) && text) pasteText(ctx, null);
  },
};

export const duplicate: Command = {
  id: 'duplicate',
  labelKey: 'command.duplicate',
  keys: ['mod+d'],
  history: 'record',
  isEnabled: hasSelection,
  perform(ctx) {
    const fragment = fragmentOfSelection(ctx);
    if (!fragment) return;
    let pasted: string[] = [];
    ctx.store.getState().applyEdit((j) => {
      const result = pasteFragment(j, fragment, { offset: PASTE_OFFSET });
      pasted = result.pastedIds;
      return result.journey;
    });
    ctx.store.getState().setSelection(pasted);
  },
};
