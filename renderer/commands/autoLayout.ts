import { moveTouchpoints } from '../../shared/edit/journeyEdits';
import { defineCommand, edit } from './define';
import { autoLayoutMoves } from './elkLayout';

export const autoLayout = defineCommand({
  id: 'auto-layout',
  labelKey: 'command.auto-layout',
  keys: ['mod+shift+l'],
  isEnabled: (ctx) => ctx.journey.touchpoints.length + ctx.journey.steps.length > 0,
  async perform(ctx) {
    const before = ctx.journey;
    let moves;
    try {
      moves = await autoLayoutMoves(before);
    } catch {
      // The worker could not load or crashed: say so instead of a toolbar button that does nothing.
      ctx.notify('error', ctx.t('status.layoutFailed'));
      return false;
    }
    // If the user edited while ELK worked, drop this result rather than overwrite their edit.
    if (ctx.journey !== before) return false;
    return { ...edit(moveTouchpoints(before, moves)), afterwards: () => ctx.viewport.current?.fitView() };
  },
});
