/**
 * The workshop host for one file (docs/workshop.md "The host"): one HTTP port that serves the
 * web editor and, at /workshop, the Hocuspocus sync endpoint for the file's shared document.
 * Used by `journey-studio serve` and by the desktop app's File > Host workshop.
 *
 * Who may join: whoever has the room token (in the join link); everyone else is refused at
 * authentication and never receives a byte of the map. What a connection may send: messages up
 * to a size, at a rate, into a document up to a size, and only updates that keep the journey
 * valid (workshopRoom.ts). None of it can stop the host: a bad message closes that connection.
 */
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Connection, type Document, type Extension } from '@hocuspocus/server';
import crossws from 'crossws/adapters/node';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import * as Y from 'yjs';
import { isVoterSecret, voterKeyFor } from '../../../shared/workshop';
import { RateLimiter, DEFAULT_RATE_LIMITS, type RateLimits } from './rateLimit';
import { isRoomToken } from './roomToken';
import { staticHandler } from './staticFiles';
import { HOST_ORIGIN, RefusedUpdate, WorkshopRoom, type WorkshopRoomOptions } from './workshopRoom';

/** Where the sync endpoint listens, on the editor's own port. */
export const SYNC_PATH = '/workshop';
/** The one document a host serves: its file's journey. */
export const DOCUMENT_NAME = 'journey';
/** The stateless message a participant gets when the host refused its change. */
export const REFUSED_MESSAGE_TYPE = 'journey-studio/refused';

export interface WorkshopLimits extends RateLimits {
  /** The largest WebSocket message a participant may send. */
  maxMessageBytes: number;
  /** Participants at once. */
  maxConnections: number;
}

export const DEFAULT_LIMITS: WorkshopLimits = {
  ...DEFAULT_RATE_LIMITS,
  maxMessageBytes: 16 * 1024 * 1024,
  maxConnections: 200,
};

export interface WorkshopServerOptions extends WorkshopRoomOptions {
  journeyPath: string;
  /** Default 127.0.0.1; 0.0.0.0 (or a LAN address) lets the room's machines in. */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
  /** The built web editor (out/web); null serves a page saying what to build. */
  webRoot: string | null;
  /** The facilitator's name, shown to participants. */
  name?: string;
  /** A redis:// URL: several hosts of one map share their changes through it. */
  redisUrl?: string;
  /** The room token; by default the one the file's workshop log keeps, else a new random one. */
  token?: string;
  limits?: Partial<WorkshopLimits>;
}

export interface Participant {
  clientId: number;
  name: string;
  color?: string;
  /** What the participant is working on, as its editor announces it. */
  editing?: string;
}

export interface RunningWorkshop {
  /** The editor's address, e.g. http://127.0.0.1:4321 */
  url: string;
  /** The address to share: the editor with the room token in its fragment. */
  joinUrl: string;
  /** The facilitator's own address: the join link with the facilitator's token (Bring everyone here). */
  facilitateUrl: string;
  port: number;
  token: string;
  room: WorkshopRoom;
  participants(): Participant[];
  onParticipantsChange(listener: () => void): () => void;
  /** Closes every connection, saves the file, compacts the log. */
  close(): Promise<void>;
}

/** The join link for a host's editor address and token. */
export function joinUrlFor(url: string, token: string): string {
  return `${url}/#join=${token}`;
}

export async function startWorkshopServer(options: WorkshopServerOptions): Promise<RunningWorkshop> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const report = options.report ?? (() => undefined);
  const room = await WorkshopRoom.open(options.journeyPath, options);
  const token = options.token ?? room.roomToken;
  const facilitatorToken = room.facilitatorToken;
  const limiters = new WeakMap<Connection, RateLimiter>();
  const participantListeners = new Set<() => void>();
  let loaded: Document | undefined;
  let unbind: (() => void) | undefined;

  const extensions: Extension[] = [];
  if (options.redisUrl) extensions.push(redisExtension(options.redisUrl, room.journey.id));

  const hocuspocus = new Hocuspocus({
    name: options.name ?? 'journey-studio',
    quiet: true,
    // A document stays loaded while the host runs; the room keeps its own copy anyway.
    unloadImmediately: false,
    extensions,
    // A participant offers "<room>[.<facilitator token>[.<voter secret>]]" (parseOfferedToken).
    async onAuthenticate({ token: offered, documentName }) {
      const parts = parseOfferedToken(offered);
      const valid =
        documentName === DOCUMENT_NAME &&
        parts !== null &&
        isRoomToken(parts.room, token) &&
        (parts.lead === undefined || isRoomToken(parts.lead, facilitatorToken));
      if (!valid) throw Object.assign(new Error('not a valid link to this workshop'), { reason: 'invalid-link' });
      // The voter key, never the secret, is what the room checks the connection's dots against.
      return {
        facilitator: parts.lead !== undefined,
        ...(parts.voter !== undefined ? { voter: voterKeyFor(parts.voter) } : {}),
      };
    },
    async onLoadDocument({ document }) {
      Y.applyUpdate(document, room.stateUpdate(), HOST_ORIGIN);
      unbind?.();
      unbind = followDocument(document, room, report);
      loaded = document;
      const notify = () => participantListeners.forEach((listener) => listener());
      document.awareness.on('change', notify);
    },
    async afterUnloadDocument() {
      unbind?.();
      unbind = undefined;
      loaded = undefined;
    },
    async beforeHandleMessage({ connection, update }) {
      let limiter = limiters.get(connection);
      if (!limiter) limiters.set(connection, (limiter = new RateLimiter(limits)));
      if (!limiter.take(update.byteLength)) {
        throw Object.assign(new Error('too many messages'), { reason: 'rate-limit' });
      }
    },
    async beforeSync({ type, payload, document, connection, context }) {
      // 1: sync step 2 (what the client has that the host lacks), 2: an update; 0 asks, it carries no change.
      if (type !== 1 && type !== 2) return;
      let admission;
      try {
        const { facilitator, voter } = (context ?? {}) as { facilitator?: unknown; voter?: unknown };
        admission = await room.admit(payload, {
          facilitator: facilitator === true,
          ...(typeof voter === 'string' ? { voter } : {}),
        });
      } catch (error) {
        const reason = error instanceof RefusedUpdate ? error.message : 'the change could not be applied';
        throw Object.assign(new Error(reason), { reason });
      }
      if (!admission.accepted) {
        // The update and its repair together: the others get both in one step, the sender's copy is put right.
        Y.applyUpdate(document, admission.update, HOST_ORIGIN);
        connection.sendStateless(
          JSON.stringify({ type: REFUSED_MESSAGE_TYPE, problems: admission.problems.slice(0, 20) }),
        );
      }
    },
  });

  const ws = crossws({
    serverOptions: { maxPayload: limits.maxMessageBytes },
    hooks: {
      open(peer) {
        (peer as unknown as { workshop?: unknown }).workshop = hocuspocus.handleConnection(
          peer.websocket as never,
          peer.request as never,
        );
      },
      message(peer, message) {
        const client = (peer as unknown as { workshop?: { handleMessage(data: Uint8Array): void } }).workshop;
        client?.handleMessage(message.uint8Array());
      },
      close(peer, event) {
        const client = (peer as unknown as { workshop?: { handleClose(event: unknown): void } }).workshop;
        client?.handleClose({ code: event.code, reason: event.reason });
      },
      error(_peer, error) {
        report(`a participant's connection failed: ${error.message}`);
      },
    },
  });

  const http = createServer(staticHandler(options.webRoot));
  http.on('clientError', (_error, socket: Socket) => socket.destroy());
  http.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (path !== SYNC_PATH) return void socket.destroy();
    if (hocuspocus.getConnectionsCount() >= limits.maxConnections) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      return;
    }
    void ws.handleUpgrade(request, socket, head).catch(() => socket.destroy());
  });

  const host = options.host ?? '127.0.0.1';
  await listen(http, host, options.port ?? 0).catch(async (error: unknown) => {
    await room.close();
    throw error;
  });
  const port = (http.address() as AddressInfo).port;
  const url = `http://${urlHost(host)}:${port}`;
  // Loading the document now makes Redis peers and the first participant meet a ready room.
  await hocuspocus.createDocument(DOCUMENT_NAME, new Request(url), 'host', { isAuthenticated: true, readOnly: false });

  let closing: Promise<void> | undefined;
  return {
    url,
    joinUrl: joinUrlFor(url, token),
    facilitateUrl: `${joinUrlFor(url, token)}&lead=${facilitatorToken}`,
    port,
    token,
    room,
    participants: () => participantsOf(loaded),
    onParticipantsChange(listener) {
      participantListeners.add(listener);
      return () => participantListeners.delete(listener);
    },
    close() {
      closing ??= (async () => {
        http.close();
        // Nothing more goes out to the other hosts once their connection starts closing.
        unbind?.();
        hocuspocus.closeConnections();
        await hocuspocus.hooks('onDestroy', { instance: hocuspocus }).catch(() => undefined);
        ws.closeAll?.(1001, 'the workshop host stopped');
        http.closeAllConnections();
        // The loaded document's awareness checks for gone peers on an interval: destroyed with
        // the document, or the stopped host's process would never exit (serve hung after Ctrl+C).
        for (const document of hocuspocus.documents.values()) document.destroy();
        hocuspocus.documents.clear();
        await room.close();
      })();
      return closing;
    },
  };
}

/**
 * Changes that reach the loaded document other than from a participant (another host via Redis)
 * go to the room too. Once unbound (the host closing, the document unloaded), a repair still on
 * its way is dropped: the Redis connection it would go out on may be closed already.
 */
function followDocument(document: Document, room: WorkshopRoom, report: (line: string) => void): () => void {
  let live = true;
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === HOST_ORIGIN) return;
    if (typeof origin === 'object' && origin !== null && (origin as { source?: string }).source === 'connection')
      return;
    room
      .follow(update)
      // The repair of two hosts' changes that met as an invalid journey: to this host's participants and the other hosts.
      .then((repair) => {
        if (repair && live) Y.applyUpdate(document, repair, HOST_ORIGIN);
      })
      .catch((error: unknown) => report(`could not keep a change: ${String(error)}`));
  };
  document.on('update', onUpdate);
  return () => {
    live = false;
    document.off('update', onUpdate);
  };
}

/**
 * The parts of the token a participant offers: the room token, then the facilitator's token
 * (empty for everyone else), then the participant's voter secret for this room (their dots
 * across reloads). Older pages offer only "<room>" or "<room>.<lead>". Null when malformed.
 */
export function parseOfferedToken(offered: unknown): { room: string; lead?: string; voter?: string } | null {
  if (typeof offered !== 'string') return null;
  const [room, lead, voter, ...rest] = offered.split('.');
  if (room === undefined || rest.length > 0) return null;
  if (voter !== undefined && !isVoterSecret(voter)) return null;
  // "<room>..<voter>": no facilitator token; "<room>." is as malformed as it was before.
  if (lead === '' && voter === undefined) return null;
  return { room, ...(lead ? { lead } : {}), ...(voter !== undefined ? { voter } : {}) };
}

function participantsOf(document: Document | undefined): Participant[] {
  if (!document) return [];
  const out: Participant[] = [];
  document.awareness.getStates().forEach((state, clientId) => {
    const user = (state as { user?: { name?: unknown; color?: unknown; editing?: unknown } }).user;
    if (!user || typeof user.name !== 'string') return;
    out.push({
      clientId,
      name: user.name,
      ...(typeof user.color === 'string' ? { color: user.color } : {}),
      ...(typeof user.editing === 'string' ? { editing: user.editing } : {}),
    });
  });
  return out;
}

function redisExtension(redisUrl: string, journeyId: string): Redis {
  const url = new URL(redisUrl);
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new Error(`--redis takes a redis:// or rediss:// URL, not "${redisUrl}"`);
  }
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined;
  return new Redis({
    host: url.hostname || '127.0.0.1',
    port: url.port ? Number(url.port) : 6379,
    // One channel prefix per map, so hosts of other maps on the same Redis never mix.
    prefix: `journey-studio:${journeyId}`,
    options: {
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
      ...(db !== undefined && Number.isInteger(db) ? { db } : {}),
      ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  });
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** The host part of the editor's address: a wildcard becomes this machine's LAN address. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return lanAddress() ?? '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

function lanAddress(): string | undefined {
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) return entry.address;
    }
  }
  return undefined;
}

/** Whether a --host value keeps the host on this machine. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
