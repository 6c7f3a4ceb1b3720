import { defineCommand } from './define';

/** Whether the side panels show now, as the view state and the selection say. */
export function isSidePanelShown(mode: 'auto' | 'open' | 'closed', touchpointSelected: boolean): boolean {
  return mode === 'open' || (mode === 'auto' && touchpointSelected);
}

/** Collapses the side panels to their tab rail, or opens them: the map gets the room. */
export const toggleSidePanel = defineCommand({
  id: 'toggle-side-panel',
  labelKey: 'command.toggle-side-panel',
  keys: ['mod+b'],
  perform(ctx) {
    const view = ctx.view.getState();
    const ids = new Set(ctx.selection);
    const shown = isSidePanelShown(
      view.sidePanel,
      ctx.journey.touchpoints.some((t) => ids.has(t.id)) || ctx.journey.steps.some((s) => ids.has(s.id)),
    );
    view.set({ sidePanel: shown ? 'closed' : 'open' });
  },
});
