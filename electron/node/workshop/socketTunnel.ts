/**
 * The desktop window's workshop connection (docs/workshop.md "Joining from the desktop app"). The
 * window's page may connect to nothing but itself (its CSP: connect-src 'self'), so main opens
 * the WebSocket for it and passes frames both ways over IPC. Only a workshop sync endpoint
 * (`workshopSyncUrl`: ws:/wss:, path /workshop, nothing else) is opened, a few sockets per
 * window, frames capped like the host caps them; a window's sockets close with the window.
 */
import WebSocket from 'ws';
import type { WorkshopSocketData, WorkshopSocketEvent, WorkshopSocketOpenResult } from '../../../shared/host';
import { workshopSyncUrl } from '../../../shared/workshop/joinLink';
import { DEFAULT_LIMITS } from './workshopServer';

/** Sockets one window may hold at once: the session's one, and one being replaced on reconnection. */
export const MAX_SOCKETS_PER_OWNER = 4;
/** The largest frame either way: the host's own limit (`ws` maxPayload). */
export const MAX_FRAME_BYTES = DEFAULT_LIMITS.maxMessageBytes;
/** Ids the page gives its sockets: small positive integers. */
export const MAX_SOCKET_ID = 2 ** 31 - 1;
/** The close code a socket gets when a frame it was asked to send is too large (RFC 6455: 1009). */
const MESSAGE_TOO_BIG = 1009;

/** A window (one web contents): where its sockets' events go. */
export type TunnelEmit = (socketId: number, event: WorkshopSocketEvent) => void;

export interface SocketTunnelOptions {
  maxSocketsPerOwner?: number;
  maxFrameBytes?: number;
}

interface Tunnelled {
  socket: WebSocket;
  emit: TunnelEmit;
  /** False once the window is gone: a socket's last events then go nowhere. */
  live: boolean;
}

/** All windows' tunnelled sockets, by owner (a web contents' id) and the page's socket id. */
export class SocketTunnel {
  private readonly owners = new Map<number, Map<number, Tunnelled>>();
  private readonly maxSockets: number;
  private readonly maxFrame: number;

  constructor(options: SocketTunnelOptions = {}) {
    this.maxSockets = options.maxSocketsPerOwner ?? MAX_SOCKETS_PER_OWNER;
    this.maxFrame = options.maxFrameBytes ?? MAX_FRAME_BYTES;
  }

  /** Opens a socket to a workshop sync endpoint; its events (open, message, close, error) go to `emit`. */
  open(owner: number, socketId: number, address: string, emit: TunnelEmit): WorkshopSocketOpenResult {
    if (!Number.isInteger(socketId) || socketId < 1 || socketId > MAX_SOCKET_ID)
      return refused('bad-id', `socket id ${String(socketId)} is not a whole number from 1 to ${MAX_SOCKET_ID}`);
    const url = workshopSyncUrl(address);
    if (url === null)
      return refused(
        'not-a-workshop',
        `"${address.slice(0, 200)}" is not a workshop's sync address (ws: or wss:, path /workshop, nothing after it)`,
      );
    const sockets = this.owners.get(owner) ?? new Map<number, Tunnelled>();
    if (sockets.has(socketId)) return refused('bad-id', `socket ${socketId} is already open`);
    if (sockets.size >= this.maxSockets)
      return refused(
        'too-many',
        `this window already has ${sockets.size} workshop connections (at most ${this.maxSockets})`,
      );
    const socket = new WebSocket(url, { maxPayload: this.maxFrame, followRedirects: false });
    socket.binaryType = 'nodebuffer';
    const entry: Tunnelled = { socket, emit: (id, event) => entry.live && emit(id, event), live: true };
    sockets.set(socketId, entry);
    this.owners.set(owner, sockets);
    socket.on('open', () => entry.emit(socketId, { type: 'open' }));
    socket.on('message', (data: Buffer, isBinary: boolean) =>
      // Binary frames cross IPC as a Uint8Array of their own bytes (not a view into a pooled buffer).
      entry.emit(socketId, { type: 'message', data: isBinary ? new Uint8Array(data) : data.toString('utf8') }),
    );
    socket.on('error', (error: Error) => entry.emit(socketId, { type: 'error', message: error.message }));
    socket.on('close', (code: number, reason: Buffer) => {
      this.forget(owner, socketId, socket);
      entry.emit(socketId, { type: 'close', code, reason: reason.toString('utf8') });
    });
    return { status: 'opening' };
  }

  /** Sends a frame; one that is too large closes the socket (1009) rather than reaching the host. */
  send(owner: number, socketId: number, data: WorkshopSocketData): void {
    const entry = this.owners.get(owner)?.get(socketId);
    if (!entry || entry.socket.readyState !== WebSocket.OPEN) return;
    const size = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    if (size > this.maxFrame) {
      entry.emit(socketId, {
        type: 'error',
        message: `a workshop message of ${size} bytes is larger than the ${this.maxFrame} bytes allowed`,
      });
      entry.socket.close(MESSAGE_TOO_BIG, 'message too big');
      return;
    }
    entry.socket.send(typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  }

  close(owner: number, socketId: number, code?: number, reason?: string): void {
    const entry = this.owners.get(owner)?.get(socketId);
    if (!entry) return;
    // ws accepts only 1000 and 3000–4999 from an application; anything else closes plainly.
    const usable = code !== undefined && (code === 1000 || (code >= 3000 && code <= 4999));
    entry.socket.close(usable ? code : 1000, usable ? reason?.slice(0, 120) : undefined);
  }

  /** The window closed or loaded another page: its sockets end, and their events go nowhere. */
  closeOwner(owner: number): void {
    const sockets = this.owners.get(owner);
    if (!sockets) return;
    this.owners.delete(owner);
    for (const entry of sockets.values()) {
      entry.live = false;
      entry.socket.terminate();
    }
  }

  /** Sockets a window holds (for tests and the limit). */
  count(owner: number): number {
    return this.owners.get(owner)?.size ?? 0;
  }

  private forget(owner: number, socketId: number, socket: WebSocket): void {
    const sockets = this.owners.get(owner);
    if (sockets?.get(socketId)?.socket !== socket) return;
    sockets.delete(socketId);
    if (sockets.size === 0) this.owners.delete(owner);
  }
}

function refused(
  reason: Extract<WorkshopSocketOpenResult, { status: 'refused' }>['reason'],
  message: string,
): WorkshopSocketOpenResult {
  return { status: 'refused', reason, message };
}
