/**
 * Follow as view mirroring (docs/workshop.md "Presence"), inside React Flow: this participant's
 * view (the flow rectangle on their screen) goes out through awareness like the cursor, and,
 * while following someone, this canvas shows their view, easing towards it frame by frame (one
 * animation at most, however fast their view moves). Panning, zooming or dragging here, or
 * Escape, stops following; a frame in their colour says whom you follow.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import './follow.css';
import { CURSOR_INTERVAL_MS } from './Cursors';
import { followStateOf, useFollowed } from './followState';
import { sameViewport, stepTowards, viewOfViewport, viewportShowing, type FlowViewport } from './followView';
import { participantsOf } from './participants';
import { throttleLatest } from './throttleLatest';
import type { WorkshopSession } from './workshopSession';

/** Each frame covers this much of the way left: about 90 % in 100 ms at 60 frames a second. */
const EASE_PER_FRAME = 0.3;
/** A pointer that moves this far with a button down is a drag: the follower took over. */
const DRAG_PX = 4;

export function ViewFollow({ session }: { session: WorkshopSession }) {
  const { t } = useTranslation();
  useOwnView(session);
  const followed = useFollowed(session);
  useMirror(session, followed);
  const person =
    followed === null
      ? undefined
      : participantsOf(session.provider, session.doc.clientID).find((p) => p.clientId === followed);
  if (!person) return null;
  return (
    <div className="workshop-follow" style={{ color: person.color }} data-following={person.name}>
      <span className="workshop-follow__label" style={{ background: person.color }}>
        {t('workshop.followingNotice', { name: person.name })}
      </span>
    </div>
  );
}

/** This participant's view, whenever it pans, zooms or resizes, throttled like the cursor. */
function useOwnView(session: WorkshopSession): void {
  const store = useStoreApi();
  useEffect(() => {
    const view = throttleLatest((rect: unknown) => session.setPresence('view', rect), CURSOR_INTERVAL_MS);
    let last = '';
    const announce = () => {
      const { transform, width, height } = store.getState();
      const rect = viewOfViewport({ x: transform[0], y: transform[1], zoom: transform[2] }, { width, height });
      const key = JSON.stringify(rect);
      if (rect === null || key === last) return;
      last = key;
      view.push(rect);
    };
    announce();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height)
        announce();
    });
    return () => {
      unsubscribe();
      view.cancel();
      session.setPresence('view', null);
    };
  }, [session, store]);
}

/** While following: this canvas eases to the followed view; any move of the follower's own stops it. */
function useMirror(session: WorkshopSession, followed: number | null): void {
  const flow = useReactFlow();
  const store = useStoreApi();
  useEffect(() => {
    if (followed === null) return undefined;
    const follow = followStateOf(session);
    const stop = () => follow.follow(null);
    const screen = () => ({ width: store.getState().width, height: store.getState().height });
    const current = (): FlowViewport => {
      const [x, y, zoom] = store.getState().transform;
      return { x, y, zoom };
    };
    let target: FlowViewport | null = null;
    /** The viewport this hook set last: a transform that is not it was the follower's own move. */
    let expected = current();
    let frame = 0;

    const tick = () => {
      frame = 0;
      if (!target) return;
      const next = stepTowards(current(), target, screen(), EASE_PER_FRAME);
      expected = next;
      void flow.setViewport(next);
      if (next !== target) frame = requestAnimationFrame(tick);
    };
    const retarget = () => {
      const view = participantsOf(session.provider, session.doc.clientID).find((p) => p.clientId === followed)?.view;
      const { minZoom, maxZoom } = store.getState();
      const size = screen();
      if (!view || size.width <= 0 || size.height <= 0) return;
      const next = viewportShowing(view, size, { min: minZoom, max: maxZoom });
      if (target && sameViewport(target, next)) return;
      target = next;
      // One animation at a time: a new target only moves the running one's goal.
      if (frame === 0) frame = requestAnimationFrame(tick);
    };
    retarget();
    const stopListening = session.onParticipantsChange(retarget);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.width !== previous.width || state.height !== previous.height) retarget();
      if (state.transform !== previous.transform && !sameViewport(current(), expected)) stop();
    });

    // A drag on the canvas (panning, moving a card, a lasso) is the follower's own.
    const pane = store.getState().domNode;
    let down: { x: number; y: number } | null = null;
    const press = (event: PointerEvent) => (down = { x: event.clientX, y: event.clientY });
    const move = (event: PointerEvent) => {
      if (down && Math.hypot(event.clientX - down.x, event.clientY - down.y) >= DRAG_PX) stop();
    };
    const release = () => (down = null);
    const wheel = () => stop();
    const key = (event: KeyboardEvent) => {
      if (event.key === 'Escape') stop();
    };
    pane?.addEventListener('pointerdown', press, true);
    window.addEventListener('pointermove', move, true);
    window.addEventListener('pointerup', release, true);
    pane?.addEventListener('wheel', wheel, { capture: true, passive: true });
    window.addEventListener('keydown', key, true);
    return () => {
      cancelAnimationFrame(frame);
      stopListening();
      unsubscribe();
      pane?.removeEventListener('pointerdown', press, true);
      window.removeEventListener('pointermove', move, true);
      window.removeEventListener('pointerup', release, true);
      pane?.removeEventListener('wheel', wheel, true);
      window.removeEventListener('keydown', key, true);
    };
  }, [flow, followed, session, store]);
}
