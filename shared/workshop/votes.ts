/**
 * Dot voting in a live workshop (docs/workshop.md "Dot voting"). The facilitator opens a vote
 * (the `vote` control, controls.ts) on pain points or opportunities with N dots each; every
 * participant places their dots in a third root map, `dots`, under their own key, as the list of
 * ids they put a dot on (one id may appear more than once). The key is a person's, not a page's:
 * derived (voterKeyFor) from a secret the participant keeps for the room and offers when
 * connecting, so a reload keeps their dots. The host checks every change of it (dotsProblem):
 * only while a vote is open, at most N, only ids of that vote's kind, and only under the
 * sending connection's own key. Closing the vote writes
 * the counts into the journey as the v2 `votes` field, so they are saved in the file.
 */
import type * as Y from 'yjs';
import type { Problem } from '../model';
import type { JourneyV2 } from '../model/v2';
import { applyJourneyToDoc, journeyFromDoc } from './journeyDoc';
import { controlsRoot, MAX_DOTS, readControls, type Vote, type VoteTarget } from './controls';
import { sha256Hex } from './sha256';

export const DOTS_ROOT = 'dots';

export function dotsRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(DOTS_ROOT);
}

/** A voter secret as a participant offers it: 22 to 64 base64url characters (128 to 384 bits). */
export const isVoterSecret = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{22,64}$/.test(value);

/**
 * The key a voter secret puts its dots under: a one-way hash, so that seeing someone's key in
 * the document does not give their secret (sha256.ts: the same on the host and in a browser).
 */
export function voterKeyFor(secret: string): string {
  return `v${sha256Hex(`journey-studio voter\n${secret}`).slice(0, 32)}`;
}

/** The key of a connection that offered no secret (an older page): its Yjs client id, one per page load. */
export const clientVoterKey = (doc: Y.Doc): string => String(doc.clientID);

/** Each voter's dots as the document holds them; entries that are not lists of ids are skipped. */
export function readDots(doc: Y.Doc): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of dotsRoot(doc).entries()) {
    if (Array.isArray(value) && value.every((id) => typeof id === 'string')) out.set(key, value as string[]);
  }
  return out;
}

/** The running count per pain point or opportunity id (ids without dots are absent). */
export function dotCounts(doc: Y.Doc): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ids of readDots(doc).values()) {
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The dots under a voter's key. */
export const myDots = (doc: Y.Doc, key: string): string[] => readDots(doc).get(key) ?? [];

/** Opens a vote for everyone (the facilitator's control); any earlier dots are cleared. */
export function openVote(doc: Y.Doc, on: VoteTarget, dots: number, origin: unknown): void {
  const vote: Vote = { on, dots: Math.min(MAX_DOTS, Math.max(1, Math.round(dots))) };
  doc.transact(() => {
    clearDots(doc);
    controlsRoot(doc).set('vote', vote);
  }, origin);
}

/** Places one of a voter's dots; false when the vote is not open or all their dots are placed. */
export function placeDot(doc: Y.Doc, key: string, id: string, origin: unknown): boolean {
  const vote = readControls(doc)?.vote;
  const mine = myDots(doc, key);
  if (!vote || mine.length >= vote.dots) return false;
  doc.transact(() => dotsRoot(doc).set(key, [...mine, id]), origin);
  return true;
}

/** Takes back one of a voter's dots from an item; false when they have none there. */
export function removeDot(doc: Y.Doc, key: string, id: string, origin: unknown): boolean {
  const mine = myDots(doc, key);
  const at = mine.lastIndexOf(id);
  if (at < 0 || !readControls(doc)?.vote) return false;
  doc.transact(() => dotsRoot(doc).set(key, [...mine.slice(0, at), ...mine.slice(at + 1)]), origin);
  return true;
}

/**
 * The journey with a vote's counts as `votes` on every item of its kind (an item without dots
 * loses an earlier vote's count), pure so that the host and the tests can check it.
 */
export function journeyWithVotes(journey: JourneyV2, on: VoteTarget, counts: ReadonlyMap<string, number>): JourneyV2 {
  const next = structuredClone(journey);
  for (const touchpoint of next.touchpoints) {
    for (const item of touchpoint[on]) {
      const count = counts.get(item.id) ?? 0;
      if (count > 0) item.votes = count;
      else delete item.votes;
    }
  }
  return next;
}

/**
 * Closes the vote (the facilitator's control): the counts go into the journey, the dots and the
 * vote go away, in one step. False when no vote is open or the journey cannot be read.
 */
export function closeVote(doc: Y.Doc, origin: unknown): boolean {
  const vote = readControls(doc)?.vote;
  const read = journeyFromDoc(doc);
  if (!vote || !read.ok) return false;
  const counts = dotCounts(doc);
  doc.transact(() => {
    applyJourneyToDoc(doc, journeyWithVotes(read.journey, vote.on, counts), origin);
    clearDots(doc);
    controlsRoot(doc).delete('vote');
  }, origin);
  return true;
}

function clearDots(doc: Y.Doc): void {
  const root = dotsRoot(doc);
  for (const key of [...root.keys()]) root.delete(key);
}

/** The dots' raw content, to notice any change at all. */
export function dotsFingerprint(doc: Y.Doc): string {
  return JSON.stringify(dotsRoot(doc).toJSON());
}

/** Puts the dots back to a fingerprint taken earlier (the host's repair). */
export function restoreDots(doc: Y.Doc, fingerprint: string, origin: unknown): void {
  const previous = JSON.parse(fingerprint) as Record<string, unknown>;
  const root = dotsRoot(doc);
  doc.transact(() => {
    for (const key of [...root.keys()]) if (!Object.hasOwn(previous, key)) root.delete(key);
    for (const [key, value] of Object.entries(previous)) {
      if (JSON.stringify(root.get(key)) !== JSON.stringify(value)) root.set(key, value);
    }
  }, origin);
}

/**
 * Which client wrote a key's current value (for connections without a voter secret only). Y.Map
 * keeps, per key, the item that won; its id names the client that created it. (Yjs has no public
 * accessor for this, and does not authenticate client ids.)
 */
function authorOf(root: Y.Map<unknown>, key: string): number | undefined {
  const items = (root as unknown as { _map: Map<string, { id: { client: number } }> })._map;
  return items.get(key)?.id.client;
}

/** Who sent an update, as the host authenticated the connection. */
export interface DotsSender {
  facilitator: boolean;
  /** The connection's own key (voterKeyFor its secret); absent when it offered none. */
  voter?: string;
}

/** Whether a changed key is the sender's own: their voter key, or, without one, a client id key written by that client. */
function ownKey(root: Y.Map<unknown>, key: string, sender: DotsSender): boolean {
  if (sender.voter !== undefined) return key === sender.voter;
  return /^\d+$/.test(key) && authorOf(root, key) === Number(key);
}

/**
 * What is wrong with a change of the dots, if the update made one (the host's check, after the
 * update was applied to its copy; `before` is the fingerprint from before it). `journey` is the
 * journey the update leads to (or the last valid one).
 */
export function dotsProblem(doc: Y.Doc, before: string, sender: DotsSender, journey: JourneyV2): Problem | null {
  const now = dotsFingerprint(doc);
  if (now === before) return null;
  const previous = JSON.parse(before) as Record<string, unknown>;
  const current = JSON.parse(now) as Record<string, unknown>;
  const vote = readControls(doc)?.vote;
  const ids = new Set(vote ? journey.touchpoints.flatMap((tp) => tp[vote.on].map((item) => item.id)) : []);
  const root = dotsRoot(doc);
  for (const key of new Set([...Object.keys(previous), ...Object.keys(current)])) {
    if (JSON.stringify(previous[key]) === JSON.stringify(current[key])) continue;
    const path = `dots.${key}`;
    if (!Object.hasOwn(current, key)) {
      // Clearing the dots is part of opening and closing a vote.
      if (sender.facilitator) continue;
      return { path, message: 'only the facilitator can clear the dots' };
    }
    if (!vote) return { path, message: 'no vote is open' };
    if (!ownKey(root, key, sender)) return { path, message: 'a dot can only be placed or removed by its owner' };
    const value = current[key];
    if (!Array.isArray(value) || !value.every((id) => typeof id === 'string'))
      return { path, message: 'dots must be a list of ids' };
    if (value.length > vote.dots) return { path, message: `at most ${vote.dots} dots per participant` };
    const stray = value.find((id) => !ids.has(id as string));
    if (stray !== undefined)
      return {
        path,
        message: `no ${vote.on === 'painPoints' ? 'pain point' : 'opportunity'} with the id ${JSON.stringify(stray)}`,
      };
  }
  return null;
}
