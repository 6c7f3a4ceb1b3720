/**
 * The facilitator's controls in the shared document (docs/workshop.md "The facilitator"): a
 * second root map, `workshop`, beside the journey. Only a connection that joined with the
 * facilitator's link may change it; the host puts back any other change (workshopRoom.ts).
 *
 * - `gather`: "Bring everyone here": the cards every participant's view should show now, who
 *   asked, and a sequence number so asking twice for the same cards still moves everyone.
 * - `timer`: a countdown everyone sees: when it ends (the facilitator's clock, in ms since the
 *   epoch; machines in one room keep their clocks within a second of each other) and how long
 *   it was set for. Absent: no timer.
 * - `vote`: an open dot vote (votes.ts): on pain points or opportunities, and how many dots each
 *   participant has. Absent: no vote is open.
 */
import type * as Y from 'yjs';

export const CONTROLS_ROOT = 'workshop';
const MAX_GATHER_IDS = 200;

export interface Gather {
  ids: string[];
  by: string;
  /** Grows with each request. */
  seq: number;
}

export interface Timer {
  endsAt: number;
  seconds: number;
}

/** The longest timer: a workshop day. */
export const MAX_TIMER_SECONDS = 8 * 60 * 60;

export type VoteTarget = 'painPoints' | 'opportunities';

export interface Vote {
  on: VoteTarget;
  /** Dots per participant. */
  dots: number;
}

/** The most dots a participant may get in one vote. */
export const MAX_DOTS = 20;

export interface WorkshopControls {
  gather?: Gather;
  timer?: Timer;
  vote?: Vote;
}

export function controlsRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(CONTROLS_ROOT);
}

/** The controls as the document holds them, or null where they are not well-formed. */
export function readControls(doc: Y.Doc): WorkshopControls | null {
  const root = controlsRoot(doc);
  const out: WorkshopControls = {};
  for (const [key, value] of root.entries()) {
    if (key === 'gather') {
      const gather = asGather(value);
      if (!gather) return null;
      out.gather = gather;
    } else if (key === 'timer') {
      const timer = asTimer(value);
      if (!timer) return null;
      out.timer = timer;
    } else if (key === 'vote') {
      const vote = asVote(value);
      if (!vote) return null;
      out.vote = vote;
    } else return null;
  }
  return out;
}

function asTimer(value: unknown): Timer | null {
  if (typeof value !== 'object' || value === null) return null;
  const { endsAt, seconds } = value as Partial<Record<keyof Timer, unknown>>;
  if (typeof endsAt !== 'number' || !Number.isSafeInteger(endsAt) || endsAt < 0) return null;
  if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 1 || seconds > MAX_TIMER_SECONDS)
    return null;
  return { endsAt, seconds };
}

function asVote(value: unknown): Vote | null {
  if (typeof value !== 'object' || value === null) return null;
  const { on, dots } = value as Partial<Record<keyof Vote, unknown>>;
  if (on !== 'painPoints' && on !== 'opportunities') return null;
  if (typeof dots !== 'number' || !Number.isInteger(dots) || dots < 1 || dots > MAX_DOTS) return null;
  return { on, dots };
}

/** Starts (or restarts) the timer everyone sees; `now` is this machine's clock. */
export function startTimer(doc: Y.Doc, seconds: number, now: number, origin: unknown): void {
  const whole = Math.min(MAX_TIMER_SECONDS, Math.max(1, Math.round(seconds)));
  doc.transact(
    () => controlsRoot(doc).set('timer', { endsAt: Math.round(now) + whole * 1000, seconds: whole }),
    origin,
  );
}

export function stopTimer(doc: Y.Doc, origin: unknown): void {
  doc.transact(() => controlsRoot(doc).delete('timer'), origin);
}

function asGather(value: unknown): Gather | null {
  if (typeof value !== 'object' || value === null) return null;
  const { ids, by, seq } = value as Partial<Record<keyof Gather, unknown>>;
  if (!Array.isArray(ids) || ids.length > MAX_GATHER_IDS || !ids.every((id) => typeof id === 'string')) return null;
  if (typeof by !== 'string' || by.length > 60 || typeof seq !== 'number' || !Number.isSafeInteger(seq)) return null;
  return { ids: [...ids] as string[], by, seq };
}

/** The controls' raw content, to notice any change at all. */
export function controlsFingerprint(doc: Y.Doc): string {
  return JSON.stringify(controlsRoot(doc).toJSON());
}

/** Puts the controls back to a fingerprint taken earlier (the host's repair). */
export function restoreControls(doc: Y.Doc, fingerprint: string, origin: unknown): void {
  const previous = JSON.parse(fingerprint) as Record<string, unknown>;
  const root = controlsRoot(doc);
  doc.transact(() => {
    for (const key of [...root.keys()]) if (!Object.hasOwn(previous, key)) root.delete(key);
    for (const [key, value] of Object.entries(previous)) {
      if (JSON.stringify(root.get(key)) !== JSON.stringify(value)) root.set(key, value);
    }
  }, origin);
}

/** Asks every participant's view to show these cards. */
export function gatherEveryone(doc: Y.Doc, ids: readonly string[], by: string, origin: unknown): void {
  const previous = readControls(doc)?.gather?.seq ?? 0;
  doc.transact(() => {
    controlsRoot(doc).set('gather', { ids: ids.slice(0, MAX_GATHER_IDS), by: by.slice(0, 60), seq: previous + 1 });
  }, origin);
}
