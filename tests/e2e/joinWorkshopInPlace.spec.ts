/**
 * File > Join workshop… joins in place (issue 13): the window's map gives way to the workshop's
 * ("Your name", then the shared map) without loading the link as a page, and Leave workshop
 * gives it back (the start screen), leaving the shared map as it was.
 *
 * - In a browser tab loaded from the host (`journey-studio serve` on a copy of a map).
 * - In the desktop window: a fake desktop host (window.journeyApi) whose openWorkshopSocket goes
 *   to the main process' real SocketTunnel, here in the test process, over Playwright bindings;
 *   the page itself is served from another origin, where its CSP (connect-src 'self') would
 *   refuse a direct connection to the host, so only the tunnel can carry the session.
 * The web build served by the host is out/web, or WORKSHOP_WEB_ROOT (a private build).
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { SocketTunnel } from '../../electron/node/workshop/socketTunnel';
import { DEFAULT_SETTINGS } from '../../shared/ipc/settings';
import type { WorkshopSocketEvent } from '../../shared/host';
import { serve, type Host } from './workshopServe';

const TITLE = "A child's first filling";

let host: Host;
let joinUrl: string;
const contexts: BrowserContext[] = [];

test.beforeAll(async () => {
  host = await serve();
  joinUrl = host.joinUrl;
});

test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

test.afterAll(() => {
  host?.child.kill('SIGTERM');
});

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

/** Someone in the room who opened the link directly. */
async function linkParticipant(browser: Browser): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(joinUrl);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Room');
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue(TITLE);
  return page;
}

async function joinFromPalette(page: Page, link: string, name: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill('join workshop');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Join workshop' });
  await dialog.getByRole('textbox', { name: 'Workshop link' }).fill(link);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
}

/** Edits both ways with the room, leaves, and checks the shared map kept everything. */
async function editTogetherThenLeave(page: Page, room: Page, retitle: string): Promise<void> {
  const title = page.getByRole('textbox', { name: 'Journey title' });
  const roomTitle = room.getByRole('textbox', { name: 'Journey title' });
  await expect(title).toHaveValue(TITLE);
  await title.fill(retitle);
  await title.press('Enter');
  await expect(roomTitle).toHaveValue(retitle);
  await roomTitle.fill(`${retitle}, seen by the room`);
  await roomTitle.press('Enter');
  await expect(title).toHaveValue(`${retitle}, seen by the room`);

  await page.getByRole('button', { name: 'Leave workshop' }).click();
  await expect(page.getByRole('button', { name: 'Start a blank journey' })).toBeVisible();
  await expect(page.getByText('You left the workshop.')).toBeVisible();
  // The start screen's blank map never reached the workshop, and the room is still in it.
  await room.waitForTimeout(500);
  await expect(roomTitle).toHaveValue(`${retitle}, seen by the room`);
  await roomTitle.fill(TITLE);
  await roomTitle.press('Enter');
}

test('a browser tab joins from File > Join workshop in place, edits with the room, and leaves', async ({ browser }) => {
  test.setTimeout(90_000);
  const room = await linkParticipant(browser);
  const page = await newPage(browser);
  const origin = new URL(joinUrl).origin;
  await page.goto(`${origin}/`);
  await expect(page.getByRole('button', { name: 'Start a blank journey' })).toBeVisible();
  let loads = 0;
  page.on('load', () => loads++);
  await joinFromPalette(page, joinUrl, 'Tab');
  await editTogetherThenLeave(page, room, 'Joined from the palette');
  expect(loads, 'no page load: joined and left in place').toBe(0);
  expect(page.url()).toBe(`${origin}/`);
});

test('a new map leaves the workshop: nothing of it reaches the shared map', async ({ browser }) => {
  test.setTimeout(90_000);
  const room = await linkParticipant(browser);
  const page = await newPage(browser);
  await page.goto(`${new URL(joinUrl).origin}/`);
  await expect(page.getByRole('button', { name: 'Start a blank journey' })).toBeVisible();
  await joinFromPalette(page, joinUrl, 'Tab');
  const title = page.getByRole('textbox', { name: 'Journey title' });
  await expect(title).toHaveValue(TITLE);
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').fill('new journey');
  await page.keyboard.press('Enter');
  // The workshop's map counts as unsaved here: keeping a copy is offered, as for any map.
  await page.getByRole('button', { name: 'Don’t Save' }).click();
  await expect(page.getByText('You left the workshop.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Leave workshop' })).toHaveCount(0);
  await title.fill('My own map');
  await title.press('Enter');
  await room.waitForTimeout(500);
  await expect(room.getByRole('textbox', { name: 'Journey title' })).toHaveValue(TITLE);
});

/** The desktop host as the preload exposes it, with the workshop socket tunnelled to the test process. */
async function installTunnelledDesktopHost(page: Page, tunnel: SocketTunnel): Promise<void> {
  const owner = 1;
  const deliver = (id: number, event: WorkshopSocketEvent) => {
    const wire =
      event.type === 'message' && typeof event.data !== 'string'
        ? { type: 'message', binary: Buffer.from(event.data).toString('base64') }
        : event;
    void page
      .evaluate(
        ([socket, e]) => (window as unknown as Record<string, (...a: unknown[]) => void>).__tunnelEvent!(socket, e),
        [id, wire] as const,
      )
      .catch(() => undefined);
  };
  await page.exposeFunction('__tunnelOpen', (id: number, url: string) => {
    const result = tunnel.open(owner, id, url, deliver);
    if (result.status === 'refused') {
      deliver(id, { type: 'error', message: result.message });
      deliver(id, { type: 'close', code: 1008, reason: '' });
    }
  });
  await page.exposeFunction('__tunnelSend', (id: number, frame: { text?: string; binary?: string }) =>
    tunnel.send(owner, id, frame.text ?? new Uint8Array(Buffer.from(frame.binary ?? '', 'base64'))),
  );
  await page.exposeFunction('__tunnelClose', (id: number, code?: number, reason?: string) =>
    tunnel.close(owner, id, code, reason),
  );
  await page.addInitScript((settings) => {
    const w = window as unknown as Record<string, unknown>;
    const bridge = w as unknown as Record<string, (...args: unknown[]) => Promise<void>>;
    const sockets = new Map<number, (event: unknown) => void>();
    let last = 0;
    const toBase64 = (bytes: Uint8Array) => {
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(text);
    };
    w.__tunnelEvent = (id: number, event: { type: string; binary?: string }) => {
      const listener = sockets.get(id);
      if (event.type === 'close') sockets.delete(id);
      if (event.binary !== undefined)
        listener?.({ type: 'message', data: Uint8Array.from(atob(event.binary), (c) => c.charCodeAt(0)) });
      else listener?.(event);
    };
    w.journeyApi = {
      kind: 'electron',
      openFile: async () => ({ status: 'cancelled' }),
      openFileRef: async () => ({ status: 'cancelled' }),
      openDroppedFile: async () => ({ status: 'cancelled' }),
      saveFile: async () => ({ status: 'cancelled' }),
      saveFileAs: async () => ({ status: 'cancelled' }),
      listRecentFiles: async () => [],
      openRecentFile: async () => ({ status: 'cancelled' }),
      removeRecentFile: async () => [],
      listDrafts: async () => [],
      saveDraft: async () => undefined,
      deleteDraft: async () => undefined,
      restoreDraft: async () => ({ status: 'missing' }),
      getSettings: async () => settings,
      setSettings: async () => settings,
      ready: async () => [],
      setDocumentState: () => undefined,
      guardClose: () => () => undefined,
      onMenuCommand: () => () => undefined,
      onOpenRequest: () => () => undefined,
      openWorkshopSocket(url: string, onEvent: (event: unknown) => void) {
        const id = ++last;
        sockets.set(id, onEvent);
        void bridge.__tunnelOpen!(id, url);
        return {
          send: (data: string | Uint8Array) =>
            void bridge.__tunnelSend!(id, typeof data === 'string' ? { text: data } : { binary: toBase64(data) }),
          close: (code?: number, reason?: string) => void bridge.__tunnelClose!(id, code, reason),
        };
      },
    };
  }, DEFAULT_SETTINGS);
}

test('the desktop window joins through the app’s socket tunnel, edits with the room, and leaves', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const room = await linkParticipant(browser);
  const page = await newPage(browser);
  const tunnel = new SocketTunnel();
  await installTunnelledDesktopHost(page, tunnel);
  const refusedDirect: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) refusedDirect.push(message.text());
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start a blank journey' })).toBeVisible();
  const before = page.url();
  await joinFromPalette(page, joinUrl, 'Desk');
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue(TITLE);
  expect(tunnel.count(1)).toBe(1);
  await editTogetherThenLeave(page, room, 'Joined from the desktop window');
  await expect.poll(() => tunnel.count(1), { message: 'leaving closes the tunnelled socket' }).toBe(0);
  expect(page.url(), 'the link was never loaded as a page').toBe(before);
  expect(refusedDirect, 'the page never tried to connect by itself').toEqual([]);
});
