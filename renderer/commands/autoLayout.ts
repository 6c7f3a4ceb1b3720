import { moveTouchpoints } from '../../shared/edit/journeyEdits';
import { autoLayoutMoves } from '../canvas/autoLayout';
import type { Command } from './types';

export const autoLayout: Command = {
  id: 'auto-layout',
  labelKey: 'command.auto-layout',
  keys: ['mod+shift+l'],
  history: 'record',
  isEnabled: (ctx) => ctx.store.getState().journey.touchpoints.length > 0,
  async perform(ctx) {
    const before = ctx.store.getState().journey;
    const moves = await autoLayoutMoves(before);
    // If the user edited while ELK worked, drop this result rather than overwrite their edit.
    if (ctx.store.getState().journey !== before) return;
    ctx.store.getState().applyEdit((j) => moveTouchpoints(j, moves));
    ctx.viewport.current?.fitView();
  },
};
