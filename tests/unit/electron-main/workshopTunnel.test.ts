/**
 * Join workshop in the desktop window: the session's WebSocket goes through the real preload
 * (window.journeyApi.openWorkshopSocket), the real IPC handlers and the main process' socket
 * tunnel, over the in-memory fake of Electron's IPC, to a real workshop host; a participant
 * connected directly edits with it both ways. And what the tunnel refuses, with why.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import type { Host, WorkshopSocketEvent } from '../../../shared/host';
import { IPC } from '../../../shared/ipc/channels';
import type { JourneyV2 } from '../../../shared/model/v2';
import type { IpcDeps } from '../../../electron/main/ipc';
import { SocketTunnel } from '../../../electron/node/workshop/socketTunnel';
import { startWorkshopServer, type RunningWorkshop } from '../../../electron/node/workshop/workshopServer';
import { parseJoinLink } from '../../../renderer/workshop/workshopLink';
import { tunnelWebSocket } from '../../../renderer/workshop/tunnelWebSocket';
import {
  startWorkshopSession,
  type ChangeHistory,
  type WorkshopEditorPort,
  type WorkshopSession,
} from '../../../renderer/workshop/workshopSession';
import { eventually, joinAs, sampleCopy, type TestParticipant } from '../workshop/workshopClients';
import type { createBridgeElectron } from './fakeElectronBridge';

const fake = vi.hoisted(() => ({ electron: undefined as ReturnType<typeof createBridgeElectron> | undefined }));
vi.mock('electron', async () => {
  const { createBridgeElectron } = await import('./fakeElectronBridge');
  fake.electron = createBridgeElectron();
  return { default: fake.electron.module, ...fake.electron.module };
});

const OUR_PAGE = 'file:///opt/journey/resources/app.asar/out/renderer/index.html';
/** Small limits, so the refusals are quick to reach. */
const tunnel = new SocketTunnel({ maxSocketsPerOwner: 3, maxFrameBytes: 64 * 1024 });

class FakeEditor implements WorkshopEditorPort {
  journey: JourneyV2 | null = null;
  private listeners = new Set<(event: { source: string; after: JourneyV2; history: ChangeHistory }) => void>();
  subscribe(listener: (event: { source: string; after: JourneyV2; history: ChangeHistory }) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  applyRemote(journey: JourneyV2) {
    this.journey = journey;
    this.listeners.forEach((listener) => listener({ source: 'remote', after: journey, history: { kind: 'none' } }));
  }
  commit(change: (draft: JourneyV2) => void) {
    const next = structuredClone(this.journey!);
    change(next);
    this.journey = next;
    this.listeners.forEach((listener) => listener({ source: 'canvas', after: next, history: { kind: 'step' } }));
  }
}

let api: Host;
let host: RunningWorkshop;
const sessions: WorkshopSession[] = [];
const direct: TestParticipant[] = [];

beforeAll(async () => {
  const { registerIpcHandlers } = await import('../../../electron/main/ipc');
  fake.electron!.page.url = OUR_PAGE;
  registerIpcHandlers({ renderer: { fileUrl: OUR_PAGE }, tunnel } as unknown as IpcDeps);
  await import('../../../electron/preload/index');
  api = fake.electron!.mainWorld.journeyApi as Host;
  host = await startWorkshopServer({ journeyPath: sampleCopy(), webRoot: null, port: 0 });
});

afterEach(() => {
  sessions.splice(0).forEach((session) => session.destroy());
  direct.splice(0).forEach((participant) => participant.destroy());
});

afterAll(async () => {
  fake.electron!.current.win.webContents.emit('destroyed');
  await host.close();
});

/** Opens a raw tunnelled socket and records its events. */
function rawSocket(url: string) {
  const events: WorkshopSocketEvent[] = [];
  const socket = api.openWorkshopSocket!(url, (event) => events.push(event));
  return { socket, events, closed: () => events.some((event) => event.type === 'close') };
}

describe('the desktop window’s workshop connection', { timeout: 60_000 }, () => {
  it('joins through the tunnel and edits both ways with a directly connected participant', async () => {
    const parsed = parseJoinLink(host.joinUrl);
    if (parsed.kind !== 'link') throw new Error('no join link');
    const editor = new FakeEditor();
    const session = startWorkshopSession({
      link: parsed.link,
      editor,
      user: { name: 'Desk', color: '#0f766e' },
      offlineStore: false,
      WebSocketPolyfill: tunnelWebSocket(api.openWorkshopSocket!),
    });
    sessions.push(session);
    const browser = joinAs(host.joinUrl.split('/#')[0]!, parsed.link.token, { name: 'Browser' });
    direct.push(browser);
    await Promise.all([session.ready, browser.synced]);
    expect(session.status()).toBe('synced');
    expect(tunnel.count(1)).toBe(1);

    editor.commit((journey) => (journey.title = 'Renamed in the desktop window'));
    await eventually(() => browser.journey().title === 'Renamed in the desktop window', 'the browser to get it');
    const stage = browser.journey().stages[0]!.id;
    browser.doc.transact(() => {
      const stages = browser.doc.getMap('journey').get('stages') as Y.Map<unknown>;
      const item = (stages.get('items') as Y.Map<Y.Map<unknown>>).get(stage)!;
      item.set('name', 'Renamed in the browser');
    });
    await eventually(
      () => editor.journey?.stages.find((s) => s.id === stage)?.name === 'Renamed in the browser',
      'the desktop window to get it',
    );
    await eventually(
      () => session.participants().some((p) => p.name === 'Browser'),
      'the browser participant in presence',
    );
  });

  it('closes a window’s sockets when the window goes, its page crashes or loads another', async () => {
    const first = rawSocket(host.joinUrl.replace(/^http/, 'ws').replace(/\/#.*$/, '/workshop'));
    await eventually(() => first.events.some((e) => e.type === 'open'), 'the socket to open');
    fake.electron!.current.win.webContents.emit('did-navigate');
    await eventually(() => tunnel.count(1) === 0, 'the socket to be closed');
    const second = rawSocket(host.joinUrl.replace(/^http/, 'ws').replace(/\/#.*$/, '/workshop'));
    await eventually(() => second.events.some((e) => e.type === 'open'), 'a new socket after the page changed');
    fake.electron!.current.win.webContents.emit('render-process-gone');
    await eventually(() => tunnel.count(1) === 0, 'the socket to be closed with the crashed page');
    const third = rawSocket(host.joinUrl.replace(/^http/, 'ws').replace(/\/#.*$/, '/workshop'));
    await eventually(() => third.events.some((e) => e.type === 'open'), 'a new socket after the crash');
    fake.electron!.current.win.webContents.emit('destroyed');
    await eventually(() => tunnel.count(1) === 0, 'the window’s sockets to be closed');
    // Events of a socket closed with its window go nowhere: the page saw no close of its own.
    expect(third.closed()).toBe(false);
  });

  it.each([
    ['http://10.0.0.5:4321/#join=' + 'a'.repeat(43), 'not a workshop'],
    ['file:///etc/passwd', 'not a workshop'],
    ['ws://10.0.0.5:4321/other', 'not a workshop'],
    ['ws://10.0.0.5:4321/workshop?next=1', 'not a workshop'],
    ['wss://user:pw@example.org/workshop', 'not a workshop'],
    ['not a url', 'not a workshop'],
  ])('refuses %s, saying it is %s, and opens nothing', async (url: string) => {
    const raw = rawSocket(url);
    await eventually(raw.closed, 'the refusal');
    expect(raw.events[0]).toEqual({
      type: 'error',
      message: expect.stringContaining("is not a workshop's sync address"),
    });
    expect(raw.events[1]).toMatchObject({ type: 'close', code: 1008 });
    expect(tunnel.count(1)).toBe(0);
  });

  it('refuses a fourth socket for one window, and a frame over the limit', async () => {
    const url = host.joinUrl.replace(/^http/, 'ws').replace(/\/#.*$/, '/workshop');
    const open = [rawSocket(url), rawSocket(url), rawSocket(url)];
    await eventually(() => open.every((raw) => raw.events.some((e) => e.type === 'open')), 'three sockets');
    const fourth = rawSocket(url);
    await eventually(fourth.closed, 'the fourth refused');
    expect(fourth.events[0]).toEqual({
      type: 'error',
      message: 'this window already has 3 workshop connections (at most 3)',
    });

    open[0]!.socket.send(new Uint8Array(64 * 1024 + 1));
    await eventually(open[0]!.closed, 'the oversized frame to close its socket');
    expect(open[0]!.events.find((e) => e.type === 'error')).toEqual({
      type: 'error',
      message: 'a workshop message of 65537 bytes is larger than the 65536 bytes allowed',
    });
    expect(open[0]!.events.at(-1)).toMatchObject({ type: 'close', code: 1009 });
    open.slice(1).forEach((raw) => raw.socket.close());
    await eventually(() => tunnel.count(1) === 0, 'the others closed');
  });

  it('checks the sender and the arguments of every tunnel channel', async () => {
    const handlers = fake.electron!.module.ipcMain.handlers;
    const from = (url: string) => ({ sender: fake.electron!.current.win.webContents, senderFrame: { url } });
    for (const channel of [IPC.workshopSocketOpen, IPC.workshopSocketSend, IPC.workshopSocketClose])
      await expect(async () => handlers.get(channel)!(from('https://evil.test/'), 1, 'x')).rejects.toThrow(
        'untrusted page',
      );
    await expect(async () =>
      handlers.get(IPC.workshopSocketOpen)!(from(OUR_PAGE), 0, 'ws://h/workshop'),
    ).rejects.toThrow('bad arguments');
    await expect(async () => handlers.get(IPC.workshopSocketSend)!(from(OUR_PAGE), 1, { evil: true })).rejects.toThrow(
      'bad arguments',
    );
  });
});
