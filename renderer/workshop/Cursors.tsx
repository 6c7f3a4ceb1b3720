/**
 * Participants' cursors (docs/workshop.md "Presence"): this participant's pointer on the canvas,
 * in flow coordinates so it is right at everyone's own zoom and pan, announced through
 * awareness at most 20 times a second (and as null once the pointer leaves the canvas); everyone
 * else's drawn inside React Flow's viewport as a small arrow with their name in their colour.
 * Decorative (aria-hidden): the participant list is the accessible form.
 */
import { useEffect, useState } from 'react';
import { useReactFlow, useStore, ViewportPortal } from '@xyflow/react';
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
  useEffect(() => {
    if (!pane) return undefined;
    let latest: { x: number; y: number } | null = null;
    let sentAt = 0;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const send = () => {
      pending = undefined;
      sentAt = Date.now();
      session.setPresence('cursor', latest);
    };
    const move = (event: PointerEvent) => {
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      latest = { x: Math.round(at.x), y: Math.round(at.y) };
      if (pending !== undefined) return;
      const wait = CURSOR_INTERVAL_MS - (Date.now() - sentAt);
      if (wait <= 0) send();
      else pending = setTimeout(send, wait);
    };
    const leave = () => {
      clearTimeout(pending);
      latest = null;
      send();
    };
    pane.addEventListener('pointermove', move);
    pane.addEventListener('pointerleave', leave);
    return () => {
      pane.removeEventListener('pointermove', move);
      pane.removeEventListener('pointerleave', leave);
      clearTimeout(pending);
      session.setPresence('cursor', null);
    };
  }, [pane, screenToFlowPosition, session]);
}
