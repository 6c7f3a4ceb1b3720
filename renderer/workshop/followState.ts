/**
 * Whom this participant follows (docs/workshop.md "Presence"): one value per session, shared by
 * the participant list (Follow, Stop following) and the canvas that mirrors the followed view.
 */
import { useSyncExternalStore } from 'react';
import type { WorkshopSession } from './workshopSession';

export interface FollowState {
  /** The followed participant's awareness client id, or null. */
  followed(): number | null;
  follow(clientId: number | null): void;
  subscribe(listener: () => void): () => void;
}

const states = new WeakMap<WorkshopSession, FollowState>();

export function followStateOf(session: WorkshopSession): FollowState {
  let state = states.get(session);
  if (!state) {
    let followed: number | null = null;
    const listeners = new Set<() => void>();
    state = {
      followed: () => followed,
      follow(clientId) {
        if (clientId === followed) return;
        followed = clientId;
        listeners.forEach((listener) => listener());
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    states.set(session, state);
  }
  return state;
}

export function useFollowed(session: WorkshopSession): number | null {
  const state = followStateOf(session);
  return useSyncExternalStore(state.subscribe, state.followed);
}
