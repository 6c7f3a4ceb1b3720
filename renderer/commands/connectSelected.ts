import { addConnection } from '../../shared/edit/journeyEdits';
import { orderCardsV2 } from '../../shared/model/v2/order';
import { createConnection } from '../../shared/model';
import { STEP, defineCommand, edit } from './define';
import type { CommandContext } from './types';

/** The two selected cards in journey order, or null unless exactly two cards are selected. */
function selectedPair(ctx: CommandContext): [string, string] | null {
  const ids = new Set(ctx.selection);
  // Touchpoints and steps alike: a backstage step connects to the touchpoint it serves.
  const cards = orderCardsV2(ctx.journey)
    .map((c) => c.card)
    .filter((t) => ids.has(t.id));
  return cards.length === 2 ? [cards[0]!.id, cards[1]!.id] : null;
}

/** Two selected cards, one key: a flow from the earlier in journey order to the later (none twice). */
export const connectSelected = defineCommand({
  id: 'connect-selected',
  labelKey: 'command.connect-selected',
  keys: ['c'],
  isEnabled: (ctx) => {
    const pair = selectedPair(ctx);
    return !!pair && !ctx.journey.connections.some((c) => c.from === pair[0] && c.to === pair[1]);
  },
  perform(ctx) {
    const pair = selectedPair(ctx);
    if (!pair) return false;
    const [from, to] = pair;
    if (ctx.journey.connections.some((c) => c.from === from && c.to === to)) return false;
    const connection = createConnection(from, to);
    return edit(addConnection(ctx.journey, connection), STEP, [connection.id]);
  },
});
