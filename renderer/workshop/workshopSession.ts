/**
 * A live workshop from the editor's side (docs/workshop.md "The editor in a workshop"): the
 * editor bound to the shared document through a Hocuspocus provider.
 *
 * - Local edits go into the document (`applyJourneyToDoc`, the fewest changes) with this
 *   session's origin; remote changes come back as `applyRemote`, after the document is read
 *   and validated (a moment of invalid state between two concurrent edits is never shown).
 * - History is Yjs' UndoManager tracking only this session's origin, so undo and redo take back
 *   your own changes and leave everyone else's. A step starts a new undo step; merged changes
 *   of one group (typing in a field, a drag) extend the step while the group repeats.
 * - The document is also kept in IndexedDB (y-indexeddb): edits made while the host is
 *   unreachable survive a reload and merge when the connection returns, also after the host
 *   restarted (it keeps its link and history).
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { Problem } from '../../shared/model/types';
import type { JourneyV2 } from '../../shared/model/v2';
import {
  applyJourneyToDoc,
  controlsRoot,
  docHoldsJourney,
  gatherEveryone,
  journeyRoot,
  readControls,
  startTimer,
  stopTimer,
  type Gather,
  type Timer,
  voterKeyFor,
} from '../../shared/workshop';
import { readJourneyIncrementally } from '../../shared/workshop/incrementalJourney';
import type { WorkshopLink } from './workshopLink';
import { participantsOf, type Participant } from './participants';
import { voterSecretFor } from './voterSecret';

export type { Participant, ViewRect } from './participants';

/** The document name every host serves. */
const DOCUMENT_NAME = 'journey';
/** The stateless message a host sends when it refused a change. */
const REFUSED_MESSAGE_TYPE = 'journey-studio/refused';
/** Changes of one group this close together are one undo step (the editor's MERGE_WINDOW_MS). */
export const MERGE_WINDOW_MS = 1000;

/** How a change entered history, as the editor reports it. */
export type ChangeHistory = { kind: 'step' } | { kind: 'merge'; group: string } | { kind: string };

/** What the session needs of the editor (the Editor satisfies it). */
export interface WorkshopEditorPort {
  subscribe(listener: (event: { source: string; after: JourneyV2; history: ChangeHistory }) => void): () => void;
  applyRemote(journey: JourneyV2): void;
}

export type WorkshopStatus = 'connecting' | 'synced' | 'offline' | 'refused';

export interface WorkshopUser {
  name: string;
  color: string;
}

export interface WorkshopSessionOptions {
  link: WorkshopLink;
  editor: WorkshopEditorPort;
  user: WorkshopUser;
  /** Keep the document in IndexedDB under this name (default: one per host address); false: do not. */
  offlineStore?: string | false;
  /** This person's secret for the room's dot votes (default: kept in localStorage, voterSecret.ts). */
  voterSecret?: string;
  /** For Node (tests, the bench): a WebSocket implementation. */
  WebSocketPolyfill?: unknown;
  onStatus?(status: WorkshopStatus): void;
  /** The host refused one of this participant's changes and put the map back. */
  onRefused?(problems: Problem[]): void;
}

export interface WorkshopSession {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  status(): WorkshopStatus;
  /** Resolves once the map is there to edit: from the host, or from IndexedDB while offline. */
  ready: Promise<JourneyV2>;
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Told whenever what undo or redo can do changed. */
  onUndoChange(listener: () => void): () => void;
  /** Fields of this participant's presence (cursor, selection, what they edit, view). */
  setPresence(field: string, value: unknown): void;
  /** Joined with the facilitator's link. */
  readonly facilitator: boolean;
  /** This person's key in the dots map, the same after a reload (votes.ts voterKeyFor). */
  readonly voterKey: string;
  /** The facilitator's "Bring everyone here": every view shows these cards. */
  gatherEveryone(ids: readonly string[]): void;
  /** The facilitator's timer: start (or restart) for everyone, or stop. */
  startTimer(seconds: number): void;
  stopTimer(): void;
  /** The timer as it stands, and when it changes. */
  timer(): Timer | undefined;
  onControlsChange(listener: () => void): () => void;
  /** Told when the facilitator asks everyone to look at some cards (not for one's own request). */
  onGather(listener: (gather: Gather) => void): () => void;
  /** Everyone else in the workshop now, as their editors announce themselves. */
  participants(): Participant[];
  onParticipantsChange(listener: () => void): () => void;
  destroy(): void;
}

const LOCAL = Symbol('workshop local edit');
/** Local changes that are no undo step (the editor said so). */
const LOCAL_UNTRACKED = Symbol('workshop local change outside history');

export function startWorkshopSession(options: WorkshopSessionOptions): WorkshopSession {
  const { link, editor } = options;
  const voterSecret = options.voterSecret ?? voterSecretFor(link.token);
  const doc = new Y.Doc();
  const undoManager = new Y.UndoManager(journeyRoot(doc), {
    trackedOrigins: new Set([LOCAL]),
    captureTimeout: MERGE_WINDOW_MS,
  });
  let status: WorkshopStatus = 'connecting';
  let bound = false;
  let lastGroup: { group: string; at: number } | null = null;
  let readRequested = false;
  // Reads only what changed since the last read; every unchanged card stays the object the editor drew.
  const reader = readJourneyIncrementally(doc);
  let resolveReady: (journey: JourneyV2) => void = () => undefined;
  const ready = new Promise<JourneyV2>((resolve) => (resolveReady = resolve));

  const setStatus = (next: WorkshopStatus) => {
    if (status === next || status === 'refused') return;
    status = next;
    options.onStatus?.(next);
  };

  /** The document, once it holds a journey, becomes the editor's. */
  const bind = () => {
    if (bound || !docHoldsJourney(doc)) return;
    const read = reader.read();
    if (!read.ok) return;
    bound = true;
    editor.applyRemote(read.journey);
    resolveReady(read.journey);
  };

  // Remote changes (the host, undo and redo, IndexedDB): read once per task, however many arrive.
  doc.on('update', (_update: Uint8Array, origin: unknown) => {
    if (origin === LOCAL || origin === LOCAL_UNTRACKED) return;
    if (readRequested) return;
    readRequested = true;
    queueMicrotask(() => {
      readRequested = false;
      if (!bound) return bind();
      const read = reader.read();
      if (read.ok) editor.applyRemote(read.journey);
    });
  });

  const unsubscribe = editor.subscribe((event) => {
    if (!bound || event.source === 'remote') return;
    const history = event.history;
    if (history.kind === 'reset') return;
    const now = Date.now();
    if (history.kind === 'step') {
      undoManager.stopCapturing();
      lastGroup = null;
    } else if (history.kind === 'merge' && 'group' in history) {
      const same = lastGroup?.group === history.group && now - lastGroup.at < MERGE_WINDOW_MS;
      if (!same) undoManager.stopCapturing();
      lastGroup = { group: history.group, at: now };
    }
    applyJourneyToDoc(doc, event.after, history.kind === 'none' ? LOCAL_UNTRACKED : LOCAL);
  });

  const offline =
    options.offlineStore === false
      ? null
      : new IndexeddbPersistence(options.offlineStore ?? `journey-studio-workshop ${link.syncUrl}`, doc);
  offline?.on('synced', bind);

  const socket = new HocuspocusProviderWebsocket({
    url: link.syncUrl,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    // Reconnect quickly in a room: a host restarted a few seconds later takes everyone back.
    // (attempt refuses a delay below minDelay, which defaults to a second.)
    delay: 500,
    minDelay: 250,
    factor: 1.5,
    maxDelay: 5000,
    maxAttempts: 0,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: DOCUMENT_NAME,
    document: doc,
    // The facilitator's link proves itself with its second token (the host checks both); the voter secret is third.
    token: `${link.token}.${link.lead ?? ''}.${voterSecret}`,
    onAuthenticationFailed: () => {
      setStatus('refused');
      provider.destroy();
    },
    onSynced: () => {
      bind();
      setStatus('synced');
    },
    onStatus: ({ status: socketStatus }) => {
      if (socketStatus === WebSocketStatus.Disconnected) setStatus('offline');
      else if (socketStatus === WebSocketStatus.Connecting && status !== 'offline') setStatus('connecting');
    },
    onStateless: ({ payload }) => {
      try {
        const message = JSON.parse(payload) as { type?: unknown; problems?: unknown };
        if (message.type === REFUSED_MESSAGE_TYPE && Array.isArray(message.problems)) {
          options.onRefused?.(message.problems as Problem[]);
        }
      } catch {
        // Not ours: ignored.
      }
    },
  });
  provider.attach();
  provider.setAwarenessField('user', { name: options.user.name, color: options.user.color });

  return {
    doc,
    provider,
    status: () => status,
    ready,
    undo: () => undoManager.undo() !== null,
    redo: () => undoManager.redo() !== null,
    canUndo: () => undoManager.canUndo(),
    canRedo: () => undoManager.canRedo(),
    onUndoChange(listener) {
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
      events.forEach((name) => undoManager.on(name, listener));
      return () => events.forEach((name) => undoManager.off(name, listener));
    },
    setPresence: (field, value) => provider.setAwarenessField(field, value),
    facilitator: link.lead !== undefined,
    voterKey: voterKeyFor(voterSecret),
    gatherEveryone: (ids) => gatherEveryone(doc, ids, options.user.name, LOCAL_UNTRACKED),
    startTimer: (seconds) => startTimer(doc, seconds, Date.now(), LOCAL_UNTRACKED),
    stopTimer: () => stopTimer(doc, LOCAL_UNTRACKED),
    timer: () => readControls(doc)?.timer,
    onControlsChange(listener) {
      const root = controlsRoot(doc);
      root.observe(listener);
      return () => root.unobserve(listener);
    },
    onGather(listener) {
      let seen = readControls(doc)?.gather?.seq ?? 0;
      const root = controlsRoot(doc);
      const observer = (event: Y.YMapEvent<unknown>) => {
        const gather = readControls(doc)?.gather;
        if (!gather || gather.seq <= seen) return;
        seen = gather.seq;
        if (event.transaction.origin !== LOCAL_UNTRACKED) listener(gather);
      };
      root.observe(observer);
      return () => root.unobserve(observer);
    },
    participants: () => participantsOf(provider, doc.clientID),
    onParticipantsChange(listener) {
      const awareness = provider.awareness;
      awareness?.on('change', listener);
      return () => awareness?.off('change', listener);
    },
    destroy() {
      unsubscribe();
      reader.destroy();
      undoManager.destroy();
      provider.destroy();
      socket.destroy();
      void offline?.destroy();
    },
  };
}
