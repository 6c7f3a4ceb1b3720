import { moveTouchpoints } from '../../shared/edit/journeyEdits';
import type { Command, CommandContext } from './types';

const STEP = 8;
const BIG_STEP = 40;

/** Moves the selected cards inside their lanes; repeated presses merge into one undo step. */
function nudge(ctx: CommandContext, dx: number, dy: number) {
  const { journey, selection, applyEdit } = ctx.store.getState();
  const selected = new Set(selection);
  const moves = journey.touchpoints
    .filter((t) => selected.has(t.id))
    .map((t) => ({
      id: t.id,
      stageId: t.stageId,
      position: { x: Math.max(0, t.position.x + dx), y: Math.max(0, t.position.y + dy) },
    }));
  if (moves.length > 0) applyEdit((j) => moveTouchpoints(j, moves), { mergeKey: `nudge:${selection.join(',')}` });
}

const make = (id: string, key: string, dx: number, dy: number): Command => ({
  id,
  labelKey: `command.${id}`,
  keys: [key, `shift+${key}`],
  canvasOnly: true,
  history: 'merge',
  isEnabled: (ctx) => ctx.store.getState().selection.length > 0,
  perform(ctx, args) {
    const big = (args as { big?: boolean } | undefined)?.big === true;
    nudge(ctx, dx * (big ? BIG_STEP : STEP), dy * (big ? BIG_STEP : STEP));
  },
});

export const nudgeLeft = make('nudge-left', 'arrowleft', -1, 0);
export const nudgeRight = make('nudge-right', 'arrowright', 1, 0);
export const nudgeUp = make('nudge-up', 'arrowup', 0, -1);
export const nudgeDown = make('nudge-down', 'arrowdown', 0, 1);
