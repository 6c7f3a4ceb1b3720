/**
 * Participants' cursors (docs/workshop.md "Presence"): this participant's pointer on the canvas,
 * in flow coordinates so it is right at everyone's own zoom and pan, announced through
 * awareness at most 20 times a second (and as null once the pointer leaves the canvas); everyone
 * else's drawn inside React Flow's viewport as a small arrow with their name in their colour.
 * Decorative (aria-hidden): the participant list is the accessible form.
 */
import { useEffect, useState } from 'react';
import { useReactFlow, useStore, useStoreApi, ViewportPortal } from '@xyflow/react';
import { throttleLatest } from './throttleLatest';
import type { Participant, WorkshopSession } from './workshopSession';

/** At most this often a cursor goes out (20 a second). */
export const CURSOR_INTERVAL_MS = 50;

export function Cursors({ session }: { session: WorkshopSession }) {
  useOwnCursor(session);
  const participants = useOthers(session);
  // Arrows keep their size on screen whatever the zoom.
  const zoom = useStore((state) => state.transform[2]);
  const shown = participants.filter((participant) => participant.cursor !== null);
  if (shown.length === 0) return null;
  return (
    <ViewportPortal>
      <div className="workshop-cursors" aria-hidden>
        {shown.map(({ clientId, name, color, cursor }) => (
          <div
            key={clientId}
            className="workshop-cursor"
            data-participant={name}
            style={{ transform: `translate(${cursor!.x}px, ${cursor!.y}px) scale(${1 / zoom})`, color }}
          >
            <svg width="16" height="20" viewBox="0 0 16 20">
              <path d="M1 1 L1 16 L5 12 L8 19 L11 18 L8 11 L14 11 Z" fill="currentColor" stroke="#fff" />
            </svg>
            <span className="workshop-cursor__name" style={{ background: color }}>
              {name}
            </span>
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
}

function useOthers(session: WorkshopSession): Participant[] {
  const [participants, setParticipants] = useState(() => session.participants());
  useEffect(() => {
    const update = () => setParticipants(session.participants());
    update();
    return session.onParticipantsChange(update);
  }, [session]);
  return participants;
}

/** This participant's pointer over the canvas, throttled, into awareness. */
function useOwnCursor(session: WorkshopSession): void {
  const { screenToFlowPosition } = useReactFlow();
  const pane = useStore((state) => state.domNode);
  const store = useStoreApi();
  useEffect(() => {
    if (!pane) return undefined;
    const cursor = throttleLatest(
      (at: { x: number; y: number } | null) => session.setPresence('cursor', at),
      CURSOR_INTERVAL_MS,
    );
    let onScreen: { x: number; y: number } | null = null;
    const announce = () => {
      if (!onScreen) return;
      const at = screenToFlowPosition(onScreen);
      cursor.push({ x: Math.round(at.x), y: Math.round(at.y) });
    };
    const move = (event: PointerEvent) => {
      onScreen = { x: event.clientX, y: event.clientY };
      announce();
    };
    const leave = () => {
      onScreen = null;
      cursor.flush(null);
    };
    // Scrolling or zooming under a still pointer moves it on the map.
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.transform !== previous.transform) announce();
    });
    pane.addEventListener('pointermove', move);
    pane.addEventListener('pointerleave', leave);
    return () => {
      pane.removeEventListener('pointermove', move);
      pane.removeEventListener('pointerleave', leave);
      unsubscribe();
      cursor.cancel();
      session.setPresence('cursor', null);
    };
  }, [pane, screenToFlowPosition, session, store]);
}
