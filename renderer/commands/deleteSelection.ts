import { removeConnections, removeTouchpoints } from '../../shared/edit/journeyEdits';
import { orderCardsV2 } from '../../shared/model/v2/order';
import type { Journey } from '../../shared/model';
import { STEP, defineCommand, edit } from './define';

/** The card that takes the focus once `removed` are gone: the next one in journey order, else the one before. */
export function cardAfterRemoval(journey: Journey, removed: ReadonlySet<string>): string | null {
  const order = orderCardsV2(journey).map((c) => c.card);
  const last = order.reduce((at, tp, index) => (removed.has(tp.id) ? index : at), -1);
  if (last < 0) return null;
  const after = order.slice(last + 1).find((tp) => !removed.has(tp.id));
  const before = order
    .slice(0, last)
    .reverse()
    .find((tp) => !removed.has(tp.id));
  return (after ?? before)?.id ?? null;
}

/**
 * Removes the selected cards and flows, and every flow that touches a removed card: one step.
 * The focus goes to the next card, so Delete can be pressed again after Enter.
 */
export const deleteSelection = defineCommand({
  id: 'delete-selection',
  labelKey: 'command.delete-selection',
  keys: ['delete', 'backspace'],
  isEnabled: (ctx) => ctx.selection.length > 0,
  perform(ctx) {
    const ids = new Set(ctx.selection);
    const next = cardAfterRemoval(ctx.journey, ids);
    return {
      ...edit(removeConnections(removeTouchpoints(ctx.journey, ids), ids), STEP, []),
      afterwards: () => {
        if (next) ctx.viewport.current?.focusCard(next);
      },
    };
  },
});
