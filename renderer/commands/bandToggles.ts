/**
 * The map's "Pain points" and "Opportunities" bands (shared/layout/noteBands.ts): shown or hidden
 * from the View menu or the palette, never an undo step, and remembered in the settings so the
 * map opens with them as the user left it. A failed settings write only means the next start
 * forgets the choice.
 */
import { defineCommand } from './define';
import type { CommandContext } from './types';

function remember(ctx: CommandContext): void {
  const { painBand, opportunityBand } = ctx.view.getState();
  void ctx.host.setSettings({ painPointsBand: painBand, opportunitiesBand: opportunityBand }).catch(() => undefined);
}

export const togglePainBand = defineCommand({
  id: 'toggle-pain-band',
  labelKey: 'personas.view.painBand',
  perform(ctx) {
    const view = ctx.view.getState();
    view.set({ painBand: !view.painBand });
    remember(ctx);
  },
});

export const toggleOpportunityBand = defineCommand({
  id: 'toggle-opportunity-band',
  labelKey: 'personas.view.opportunityBand',
  perform(ctx) {
    const view = ctx.view.getState();
    view.set({ opportunityBand: !view.opportunityBand });
    remember(ctx);
  },
});
