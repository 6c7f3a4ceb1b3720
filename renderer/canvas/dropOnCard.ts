/**
 * A flow dragged out of a handle and let go anywhere on a card connects to that card: React
 * Flow connects only near a handle (within connectionRadius), so a drop it found no handle for
 * is looked up by the card under the pointer.
 */
import type { FinalConnectionState } from '@xyflow/react';

export function dropOnCard(
  event: MouseEvent | TouchEvent,
  state: FinalConnectionState,
): { from: string; to: string } | null {
  const isCard = (type: string | undefined) => type === 'touchpoint' || type === 'step';
  if (state.isValid || !state.fromNode || !isCard(state.fromNode.type)) return null;
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return null;
  const card = document
    .elementsFromPoint(point.clientX, point.clientY)
    .map((el) => el.closest<HTMLElement>('.react-flow__node-touchpoint, .react-flow__node-step'))
    .find((el) => !!el);
  const id = card?.dataset.id;
  if (!id || id === state.fromNode.id) return null;
  // Dragged out of a card's left (target) handle, the flow comes into that card.
  return state.fromHandle?.type === 'target'
    ? { from: id, to: state.fromNode.id }
    : { from: state.fromNode.id, to: id };
}
