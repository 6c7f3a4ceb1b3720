/**
 * Lane commands (the map's rows): add one of a chosen kind, rename, choose the kind, move up,
 * down or to an index, delete (asking what becomes of its cards). Each is one undo step; what
 * the format forbids is refused with a notice saying why (shared/edit/laneEdits.ts).
 */
import {
  addLane as addLaneEdit,
  cardsInLane,
  deleteLane as deleteLaneEdit,
  lanesToMoveCardsTo,
  moveLane as moveLaneEdit,
  renameLane as renameLaneEdit,
  setLaneKind as setLaneKindEdit,
  type DeletedLaneCards,
  type LaneEditResult,
} from '../../shared/edit/laneEdits';
import { LANE_KINDS, createLane, type Journey, type LaneKind } from '../../shared/model';
import { STEP, defineCommand, defineTargetedCommand, edit, typing } from './define';
import type { CommandContext, CommandOutcome } from './types';

const laneName = (ctx: CommandContext, journey: Journey, laneId: string) => {
  const lane = journey.lanes.find((l) => l.id === laneId);
  return lane ? lane.name.trim() || ctx.t(`lanes.kind.${lane.kind}`) : '';
};

/** The edit's journey, or a notice naming why the format refuses it. */
function applied(
  ctx: CommandContext,
  result: LaneEditResult,
  laneId: string,
  select?: readonly string[],
): CommandOutcome {
  if (result.ok) return result.journey === ctx.journey ? false : edit(result.journey, STEP, select);
  ctx.notify('error', ctx.t(`lanes.refused.${result.reason}`, { name: laneName(ctx, ctx.journey, laneId) }));
  return false;
}

/** Adds a lane at the bottom, of the kind chosen in a dialog (or named), named after its kind. */
export const addLane = defineCommand({
  id: 'add-lane',
  labelKey: 'command.add-lane',
  async perform(ctx, args?: { kind?: LaneKind }): Promise<CommandOutcome> {
    const kind =
      args?.kind ??
      ((await ctx.choices.choose(
        ctx.t('lanes.addTitle'),
        ctx.t('lanes.addBody'),
        LANE_KINDS.map((k) => ({ id: k, label: ctx.t(`lanes.kind.${k}`) })),
      )) as LaneKind | null);
    if (!kind || !LANE_KINDS.includes(kind)) return false;
    const lane = createLane(kind, { name: ctx.t(`lanes.kind.${kind}`) });
    return applied(ctx, addLaneEdit(ctx.journey, lane), lane.id);
  },
});

export const renameLane = defineTargetedCommand({
  id: 'rename-lane',
  perform: (ctx, args: { laneId: string; name: string }) =>
    edit(renameLaneEdit(ctx.journey, args.laneId, args.name), typing('lane-name', args.laneId)),
});

export const setLaneKind = defineTargetedCommand({
  id: 'set-lane-kind',
  perform: (ctx, args: { laneId: string; kind: LaneKind }) =>
    applied(ctx, setLaneKindEdit(ctx.journey, args.laneId, args.kind), args.laneId),
});

/** Moves a lane to `toIndex`, or one up (`by: -1`) or down (`by: 1`). */
export const moveLane = defineTargetedCommand({
  id: 'move-lane',
  perform(ctx, args: { laneId: string; toIndex?: number; by?: -1 | 1 }) {
    const from = ctx.journey.lanes.findIndex((l) => l.id === args.laneId);
    if (from < 0) return false;
    const to = args.toIndex ?? from + (args.by ?? 0);
    const next = moveLaneEdit(ctx.journey, args.laneId, to);
    return next === ctx.journey ? false : edit(next);
  },
});

/** Deletes a lane; when it holds cards the user chooses a lane of the same kind of card to move them to, or to delete them. */
export const deleteLane = defineTargetedCommand({
  id: 'delete-lane',
  async perform(ctx, args: { laneId: string }): Promise<CommandOutcome> {
    const { journey } = ctx;
    const name = laneName(ctx, journey, args.laneId);
    const held = cardsInLane(journey, args.laneId);
    const count = held.touchpoints + held.steps;
    let cards: DeletedLaneCards = 'delete';
    const probe = deleteLaneEdit(journey, args.laneId, 'delete');
    if (!probe.ok) return applied(ctx, probe, args.laneId);
    if (count > 0) {
      const targets = lanesToMoveCardsTo(journey, args.laneId);
      const answer = await ctx.choices.choose(
        ctx.t('lanes.deleteTitle', { name }),
        ctx.t('lanes.deleteBody', { count }),
        [
          ...targets.map((l) => ({
            id: `move:${l.id}`,
            label: ctx.t('lanes.moveCardsTo', { name: laneName(ctx, journey, l.id) }),
          })),
          { id: 'delete', label: ctx.t('lanes.deleteCards', { count }), danger: true },
        ],
      );
      if (answer === null) return false;
      if (answer.startsWith('move:')) cards = { moveTo: answer.slice('move:'.length) };
    }
    // Applied to the document as it is once the user has answered.
    const result = deleteLaneEdit(ctx.journey, args.laneId, cards);
    return applied(ctx, result, args.laneId);
  },
});
