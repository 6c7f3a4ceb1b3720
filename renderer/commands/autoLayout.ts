import { moveTouchpoints } from '../../shared/edit/journeyEdits';
import { defineCommand, edit } from './define';
import { autoLayoutMoves } from './elkLayout';

export const autoLayout = defineCommand({
  id: 'auto-layout',
  labelKey: 'command.auto-layout',
  keys: ['mod+shift+l'],
  isEnabled: (ctx) => ctx.journey.touchpoints.length > 0,
  async perform(ctx) {
    const before = ctx.journey;
    const moves = await autoLayoutMoves(before);
    // If the user edited while ELK worked, drop this result rather than overwrite their edit.
    if (ctx.journey !== before) return false;
    return { ...edit(moveTouchpoints(before, moves)), afterwards: () => ctx.viewport.current?.fitView() };
  },
});
