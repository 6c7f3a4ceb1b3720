/**
 * Which workshop this window is in, when it joined one (a join link at page load, or File > Join
 * workshop… at run time): the shell shows the join gate for `address` instead of the window's
 * own map. UI state only; the gate registers `detach` while its session runs, so leaving ends
 * the session before anything replaces the document (a file opened afterwards is never written
 * into the shared map, nor the shared map over it).
 */
import { createStore } from 'zustand/vanilla';

export interface WorkshopJoinState {
  /** The join link the window shows, or null: its own map. */
  address: string | null;
  /** Ends the running session now; set by the join gate. */
  detach: (() => void) | null;
}

export const workshopJoinStore = createStore<WorkshopJoinState>(() => ({ address: null, detach: null }));

/** Shows the join gate for this link (after leaving any workshop the window is in). */
export function enterWorkshop(address: string): void {
  leaveWorkshopSession();
  workshopJoinStore.setState({ address });
}

/** Ends the session at once and gives the window back its own map (the caller loads one). */
export function leaveWorkshopSession(): void {
  const { detach } = workshopJoinStore.getState();
  workshopJoinStore.setState({ address: null, detach: null });
  detach?.();
}

export const inWorkshop = (): boolean => workshopJoinStore.getState().address !== null;
