/**
 * The renderer's WebSocket over the desktop tunnel, on its own: the states and events
 * HocuspocusProviderWebsocket relies on, over a scripted Host.openWorkshopSocket.
 */
import { describe, expect, it } from 'vitest';
import type { WorkshopSocketData, WorkshopSocketEvent } from '../../../shared/host';
import { tunnelWebSocket } from '../../../renderer/workshop/tunnelWebSocket';

function scripted() {
  const sent: WorkshopSocketData[] = [];
  const closed: [number | undefined, string | undefined][] = [];
  let emit: (event: WorkshopSocketEvent) => void = () => undefined;
  const Socket = tunnelWebSocket((_url, onEvent) => {
    emit = onEvent;
    return { send: (data) => sent.push(data), close: (code, reason) => closed.push([code, reason]) };
  });
  return { Socket, sent, closed, emit: (event: WorkshopSocketEvent) => emit(event) };
}

describe('the tunnelled WebSocket', () => {
  it('opens, passes frames both ways as the page asked for them, and closes once', () => {
    const { Socket, sent, closed, emit } = scripted();
    const socket = new Socket('ws://10.0.0.5:4321/workshop');
    expect([Socket.CONNECTING, Socket.OPEN, Socket.CLOSING, Socket.CLOSED]).toEqual([0, 1, 2, 3]);
    expect(socket.readyState).toBe(socket.CONNECTING);
    expect(() => socket.send('early')).toThrow('still connecting');
    socket.binaryType = 'arraybuffer';
    const seen: string[] = [];
    socket.onopen = () => seen.push('onopen');
    socket.addEventListener('open', () => seen.push('open listener'));
    const messages: unknown[] = [];
    socket.addEventListener('message', (event) => messages.push((event as MessageEvent).data));
    emit({ type: 'open' });
    expect(socket.readyState).toBe(socket.OPEN);
    expect(seen).toEqual(['onopen', 'open listener']);

    emit({ type: 'message', data: new Uint8Array([1, 2, 3]) });
    emit({ type: 'message', data: 'text' });
    expect(new Uint8Array(messages[0] as ArrayBuffer)).toEqual(new Uint8Array([1, 2, 3]));
    expect(messages[1]).toBe('text');

    // A view is sent as the bytes it covers, copied.
    const buffer = new Uint8Array([9, 8, 7, 6]);
    socket.send(buffer.subarray(1, 3));
    socket.send(new Uint8Array([5]).buffer);
    socket.send('hello');
    expect(sent).toEqual([new Uint8Array([8, 7]), new Uint8Array([5]), 'hello']);

    socket.close(1000, 'bye');
    socket.close();
    expect(socket.readyState).toBe(socket.CLOSING);
    expect(closed).toEqual([[1000, 'bye']]);
    const closes: { code: number; reason: string; wasClean: boolean }[] = [];
    socket.onclose = (event) => closes.push(event as CloseEvent);
    emit({ type: 'close', code: 1000, reason: 'bye' });
    expect(socket.readyState).toBe(socket.CLOSED);
    expect(closes.map(({ code, reason, wasClean }) => ({ code, reason, wasClean }))).toEqual([
      { code: 1000, reason: 'bye', wasClean: true },
    ]);
    socket.send('late');
    emit({ type: 'message', data: 'late' });
    expect(sent).toHaveLength(3);
    expect(messages).toHaveLength(2);
  });

  it('gives a refused socket an error naming why, then a close, as a browser does', () => {
    const { Socket, emit } = scripted();
    const socket = new Socket('http://example.org/');
    const events: string[] = [];
    socket.onerror = (event) => events.push(`error: ${(event as Event & { message: string }).message}`);
    socket.addEventListener('close', (event) => events.push(`close ${(event as CloseEvent).code}`));
    emit({ type: 'error', message: 'not a workshop' });
    emit({ type: 'close', code: 1008, reason: 'not a workshop' });
    expect(events).toEqual(['error: not a workshop', 'close 1008']);
    expect(socket.readyState).toBe(socket.CLOSED);
  });

  it('delivers binary frames as a Blob while binaryType is blob (the default)', async () => {
    const { Socket, emit } = scripted();
    const socket = new Socket('ws://h/workshop');
    let data: unknown;
    socket.onmessage = (event) => (data = (event as MessageEvent).data);
    emit({ type: 'open' });
    emit({ type: 'message', data: new Uint8Array([4, 2]) });
    expect(data).toBeInstanceOf(Blob);
    expect(new Uint8Array(await (data as Blob).arrayBuffer())).toEqual(new Uint8Array([4, 2]));
  });
});
