/**
 * The facilitator's controls in the shared document (docs/workshop.md "The facilitator"): a
 * second root map, `workshop`, beside the journey. Only a connection that joined with the
 * facilitator's link may change it; the host puts back any other change (workshopRoom.ts).
 *
 * - `gather`: "Bring everyone here": the cards every participant's view should show now, who
 *   asked, and a sequence number so asking twice for the same cards still moves everyone.
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

export interface WorkshopControls {
  gather?: Gather;
}

export function controlsRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(CONTROLS_ROOT);
}

/** The controls as the document holds them, or null where they are not well-formed. */
export function readControls(doc: Y.Doc): WorkshopControls | null {
  const root = controlsRoot(doc);
  const out: WorkshopControls = {};
  for (const [key, value] of root.entries()) {
    if (key !== 'gather') return null;
    const gather = asGather(value);
    if (!gather) return null;
    out.gather = gather;
  }
  return out;
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
