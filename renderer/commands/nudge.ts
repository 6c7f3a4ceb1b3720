import { moveTouchpoints } from '../../shared/edit/journeyEdits';
import { defineCommand, edit, mergeInto } from './define';
import type { CommandContext, KeyPress } from './types';

const STEP_PX = 8;
const BIG_STEP_PX = 40;

/** Moves the selected cards inside their lanes; repeated nudges of one selection merge into one undo step. */
function nudge(ctx: CommandContext, dx: number, dy: number) {
  const { journey, selection } = ctx;
  const selected = new Set(selection);
  const moves = [...journey.touchpoints, ...journey.steps]
    .filter((t) => selected.has(t.id))
    .map((t) => ({
      id: t.id,
      stageId: t.stageId,
      position: { x: Math.max(0, t.position.x + dx), y: Math.max(0, t.position.y + dy) },
    }));
  if (moves.length === 0) return false;
  return edit(moveTouchpoints(journey, moves), mergeInto(`nudge:${selection.join(',')}`));
}

interface NudgeArgs {
  /** Shift: a bigger step. */
  big?: boolean;
}

const make = <const Id extends string>(id: Id, labelKey: string, key: string, dx: number, dy: number) =>
  defineCommand({
    id,
    labelKey,
    keys: [key, `shift+${key}`],
    canvasOnly: true,
    keyArgs: (event: KeyPress): NudgeArgs => ({ big: event.shiftKey }),
    isEnabled: (ctx) => ctx.selection.length > 0,
    perform(ctx, args?: NudgeArgs) {
      const step = args?.big ? BIG_STEP_PX : STEP_PX;
      return nudge(ctx, dx * step, dy * step);
    },
  });

export const nudgeLeft = make('nudge-left', 'command.nudge-left', 'arrowleft', -1, 0);
export const nudgeRight = make('nudge-right', 'command.nudge-right', 'arrowright', 1, 0);
export const nudgeUp = make('nudge-up', 'command.nudge-up', 'arrowup', 0, -1);
export const nudgeDown = make('nudge-down', 'command.nudge-down', 'arrowdown', 0, 1);
