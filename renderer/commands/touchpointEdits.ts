/** Edits of touchpoints and the flows between them, from the canvas and the inspector. */
import { assignChannelByName, normalChannelName } from '../../shared/edit/channelEdits';
import {
  addConnection,
  removeConnections,
  moveTouchpoints as moveTouchpointsEdit,
  setConnectionLabel as setConnectionLabelEdit,
  type TouchpointMove,
} from '../../shared/edit/journeyEdits';
import {
  TOUCHPOINT_TEXT_FIELDS,
  editTouchpoint as editTouchpointEdit,
  editTouchpoints,
  type TouchpointFieldPatch,
} from '../../shared/edit/touchpointFields';
import { placeWithoutOverlap } from '../../shared/layout/freePlace';
import { nextSlotInStage } from '../../shared/layout/mapLayout';
import { createConnection, setEmotion as setEmotionEdit } from '../../shared/model';
import { STEP, defineTargetedCommand, edit, typedField, typing } from './define';

/** Fields edited by typing (the schema's free-text fields): keystrokes in one merge into one undo step. */
const TYPED_FIELDS = TOUCHPOINT_TEXT_FIELDS;

/** Sets fields of one touchpoint; an invalid value (an emotion of 7) changes nothing. */
export const editTouchpoint = defineTargetedCommand({
  id: 'edit-touchpoint',
  perform(ctx, args: { touchpointId: string; patch: TouchpointFieldPatch }) {
    const field = typedField(args.patch, TYPED_FIELDS);
    return edit(
      editTouchpointEdit(ctx.journey, args.touchpointId, args.patch),
      field ? typing(field, args.touchpointId) : STEP,
    );
  },
});

/**
 * A touchpoint's emotion for one persona (the primary one when `personaId` is omitted; a journey
 * without personas gets the primary persona "Customer"); `value` undefined clears it. One step.
 */
export const setEmotion = defineTargetedCommand({
  id: 'set-emotion',
  perform: (ctx, args: { touchpointId: string; value: number | undefined; personaId?: string }) =>
    edit(setEmotionEdit(ctx.journey, args.touchpointId, args.value, args.personaId)),
});

/** One tier or channel for every selected touchpoint: one undo step for all of them. */
export const editSelectedTouchpoints = defineTargetedCommand({
  id: 'edit-touchpoints',
  perform: (ctx, args: { touchpointIds: readonly string[]; patch: TouchpointFieldPatch }) =>
    edit(editTouchpoints(ctx.journey, args.touchpointIds, args.patch)),
});

/** The inspector's stage choice: the card goes below that stage's cards. */
export const moveTouchpointToStage = defineTargetedCommand({
  id: 'move-touchpoint-to-stage',
  perform: (ctx, args: { touchpointId: string; stageId: string }) =>
    edit(
      editTouchpointEdit(ctx.journey, args.touchpointId, {
        stageId: args.stageId,
        position: nextSlotInStage(
          ctx.journey,
          args.stageId,
          ctx.journey.touchpoints.find((t) => t.id === args.touchpointId)?.laneId,
        ),
      }),
    ),
});

/** Puts the touchpoint on the channel with this name, adding a custom channel when none has it. One step. */
export const chooseChannelNamed = defineTargetedCommand({
  id: 'choose-channel-named',
  perform(ctx, args: { touchpointId: string; name: string }) {
    if (!normalChannelName(args.name)) return false;
    return edit(assignChannelByName(ctx.journey, args.touchpointId, args.name));
  },
});

/**
 * Cards dropped after a drag (into their lane or another): the whole drag is one undo step. A
 * card dropped onto another shifts to the nearest free place.
 */
export const moveTouchpoints = defineTargetedCommand({
  id: 'move-touchpoints',
  perform: (ctx, args: { moves: readonly TouchpointMove[] }) =>
    args.moves.length > 0
      ? edit(
          placeWithoutOverlap(
            moveTouchpointsEdit(ctx.journey, args.moves),
            args.moves.map((m) => m.id),
          ),
        )
      : false,
});

/** A flow drawn from one card to another; none to itself and none twice between the same two cards. */
export const connectTouchpoints = defineTargetedCommand({
  id: 'connect-touchpoints',
  perform(ctx, { from, to }: { from: string; to: string }) {
    const { journey } = ctx;
    if (!from || !to || from === to || journey.connections.some((c) => c.from === from && c.to === to)) return false;
    return edit(addConnection(journey, createConnection(from, to)));
  },
});

/** A flow's name; empty removes it. Typing merges into one step. */
export const setConnectionLabel = defineTargetedCommand({
  id: 'set-connection-label',
  perform: (ctx, args: { connectionId: string; label: string }) =>
    edit(
      setConnectionLabelEdit(ctx.journey, args.connectionId, args.label === '' ? undefined : args.label),
      typing('label', args.connectionId),
    ),
});

/** One flow removed (the inspector's flow list); the cards stay. */
export const removeConnection = defineTargetedCommand({
  id: 'remove-connection',
  perform: (ctx, args: { connectionId: string }) =>
    ctx.journey.connections.some((c) => c.id === args.connectionId)
      ? edit(removeConnections(ctx.journey, new Set([args.connectionId])))
      : false,
});
