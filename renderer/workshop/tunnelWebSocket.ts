/**
 * A WebSocket over the desktop app's tunnel (Host.openWorkshopSocket, docs/workshop.md "Joining
 * from the desktop app"): the part of the browser's WebSocket that HocuspocusProviderWebsocket
 * uses (readyState and its constants, binaryType, the on… handlers and event listeners, send,
 * close), so the session runs unchanged while main holds the real socket.
 */
import type { Host, WorkshopSocketEvent, WorkshopSocketHandle } from '../../shared/host';

type OpenSocket = NonNullable<Host['openWorkshopSocket']>;
type Handler = ((this: WebSocket, event: Event) => unknown) | null;

/** `close` with the code and reason a WebSocket's close event carries. */
class TunnelCloseEvent extends Event {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super('close');
  }
  get wasClean(): boolean {
    return this.code === 1000;
  }
}

class TunnelMessageEvent extends Event {
  constructor(readonly data: string | ArrayBuffer | Blob) {
    super('message');
  }
}

class TunnelErrorEvent extends Event {
  constructor(readonly message: string) {
    super('error');
  }
}

/** A WebSocket class whose sockets go through `openSocket`; pass it as the session's WebSocketPolyfill. */
export function tunnelWebSocket(openSocket: OpenSocket) {
  return class TunnelWebSocket extends EventTarget {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;
    readonly CONNECTING = 0;
    readonly OPEN = 1;
    readonly CLOSING = 2;
    readonly CLOSED = 3;

    readyState = 0;
    binaryType: BinaryType = 'blob';
    readonly protocol = '';
    readonly extensions = '';
    readonly bufferedAmount = 0;
    onopen: Handler = null;
    onmessage: Handler = null;
    onclose: Handler = null;
    onerror: Handler = null;
    private readonly socket: WorkshopSocketHandle;

    constructor(readonly url: string) {
      super();
      this.socket = openSocket(url, (event) => this.receive(event));
    }

    send(data: string | ArrayBufferLike | ArrayBufferView): void {
      if (this.readyState === this.CONNECTING)
        throw new DOMException('The socket is still connecting', 'InvalidStateError');
      if (this.readyState !== this.OPEN) return;
      if (typeof data === 'string') return this.socket.send(data);
      // A view is sent as the bytes it covers; the tunnel carries bytes, never a shared buffer.
      const bytes = ArrayBuffer.isView(data)
        ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice()
        : new Uint8Array(data).slice();
      this.socket.send(bytes);
    }

    close(code?: number, reason?: string): void {
      if (this.readyState === this.CLOSING || this.readyState === this.CLOSED) return;
      this.readyState = this.CLOSING;
      this.socket.close(code, reason);
    }

    private receive(event: WorkshopSocketEvent): void {
      if (this.readyState === this.CLOSED) return;
      switch (event.type) {
        case 'open':
          if (this.readyState !== this.CONNECTING) return;
          this.readyState = this.OPEN;
          return this.fire(new Event('open'), this.onopen);
        case 'message':
          if (this.readyState !== this.OPEN) return;
          return this.fire(new TunnelMessageEvent(this.messageData(event.data)), this.onmessage);
        case 'error':
          return this.fire(new TunnelErrorEvent(event.message), this.onerror);
        case 'close':
          this.readyState = this.CLOSED;
          return this.fire(new TunnelCloseEvent(event.code, event.reason), this.onclose);
      }
    }

    private messageData(data: string | Uint8Array): string | ArrayBuffer | Blob {
      if (typeof data === 'string') return data;
      const copy = data.slice();
      return this.binaryType === 'arraybuffer' ? copy.buffer : new Blob([copy]);
    }

    private fire(event: Event, handler: Handler): void {
      handler?.call(this as unknown as WebSocket, event);
      this.dispatchEvent(event);
    }
  };
}
