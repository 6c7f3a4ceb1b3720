/**
 * File > Host workshop… and Join workshop… in the desktop window, with a fake desktop host
 * (window.journeyApi, as the preload exposes it) whose workshop methods return a fixed link:
 * the real host behind them is tested in tests/unit/node/desktopWorkshop.test.ts. Menu items
 * arrive as the native menu sends them, through onMenuCommand.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../shared/ipc/settings';
import { loadJourneyTextV2 } from '../../shared/model/v2';

const JOIN_LINK = 'http://192.168.1.20:4321/#join=abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';
const fixture = loadJourneyTextV2(
  readFileSync(new URL('../fixtures/valid/coffee-order.journey', import.meta.url), 'utf8'),
);

async function installFakeDesktopHost(page: Page): Promise<void> {
  if (!fixture.ok) throw new Error('the fixture does not load');
  await page.addInitScript(
    ({ settings, journey, joinUrl }) => {
      const calls: unknown[][] = [];
      let menu: (id: string) => void = () => undefined;
      let hosting = false;
      const hostingStatus = (participants: { name: string }[]) => ({
        status: 'hosting',
        fileName: 'coffee.journey',
        joinUrl,
        facilitateUrl: `${joinUrl}&lead=zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJ`,
        onNetwork: true,
        participants,
      });
      const w = window as unknown as Record<string, unknown>;
      w.__calls = calls;
      w.__menu = (id: string) => menu(id);
      w.journeyApi = {
        kind: 'electron',
        openFile: async () => ({ status: 'opened', file: { ref: 'ref-1', name: 'coffee.journey' }, journey }),
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
        onMenuCommand: (listener: (id: string) => void) => {
          menu = listener;
          return () => undefined;
        },
        onOpenRequest: () => () => undefined,
        hostWorkshop: async (...args: unknown[]) => {
          calls.push(['hostWorkshop', ...args]);
          hosting = true;
          return hostingStatus([]);
        },
        workshopStatus: async () => (hosting ? hostingStatus([{ name: 'Alice' }]) : { status: 'idle' }),
        // Never reached here: the socket opens once the participant gives a name.
        openWorkshopSocket: (url: string) => {
          calls.push(['openWorkshopSocket', url]);
          return { send: () => undefined, close: () => undefined };
        },
        stopWorkshop: async () => {
          calls.push(['stopWorkshop']);
          hosting = false;
          return { status: 'idle' };
        },
      };
    },
    { settings: DEFAULT_SETTINGS, journey: fixture.journey, joinUrl: JOIN_LINK },
  );
}

const menu = (page: Page, id: string) =>
  page.evaluate((command) => (window as never as { __menu(id: string): void }).__menu(command), id);
const calls = (page: Page) => page.evaluate(() => (window as never as { __calls: unknown[][] }).__calls);

test.beforeEach(async ({ page }) => {
  await installFakeDesktopHost(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start a blank journey' })).toBeVisible();
});

test('Host workshop asks to save a map without a file first', async ({ page }) => {
  await page.getByRole('button', { name: 'Start a blank journey' }).click();
  await menu(page, 'host-workshop');
  const dialog = page.getByRole('dialog', { name: 'Host workshop' });
  await expect(dialog.getByRole('alert')).toContainText('Save the map to a file first');
  await expect(dialog.getByRole('button', { name: 'Start hosting' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await calls(page)).toEqual([]);
});

test('Host workshop starts on the network after the warning, shows the link, its QR code, who joined, and stops', async ({
  page,
}) => {
  await menu(page, 'open-document');
  await expect(page.getByRole('toolbar').getByRole('textbox', { name: 'Journey title' })).toHaveValue(
    fixture.ok ? fixture.journey.title : '',
  );
  await menu(page, 'host-workshop');
  const dialog = page.getByRole('dialog', { name: 'Host workshop' });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Dana');
  await dialog.getByRole('checkbox', { name: 'Let others on this network join' }).check();
  await expect(dialog).toContainText('anyone on the network who gets the join link can edit the map');
  await dialog.getByRole('button', { name: 'Start hosting' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Join link' })).toHaveValue(JOIN_LINK);
  await expect(dialog.getByRole('img', { name: 'QR code of the join link' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText(['Alice']);
  await dialog.getByRole('button', { name: 'Stop hosting' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await calls(page)).toEqual([['hostWorkshop', 'ref-1', { onNetwork: true, name: 'Dana' }], ['stopWorkshop']]);
});

test('Join workshop refuses a link that is not a workshop link, and joins a good one in the window', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Start a blank journey' }).click();
  await menu(page, 'join-workshop');
  const dialog = page.getByRole('dialog', { name: 'Join workshop' });
  const field = dialog.getByRole('textbox', { name: 'Workshop link' });
  for (const bad of ['not a link', 'http://192.168.1.20:4321/', 'http://192.168.1.20:4321/#join=short']) {
    await field.fill(bad);
    await dialog.getByRole('button', { name: 'Join' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(/This is not a valid workshop link/);
  }
  expect(await calls(page)).toEqual([]);
  // A good link joins in this window (tests/e2e/joinWorkshopInPlace.spec.ts goes on to the shared map).
  const before = page.url();
  await field.fill(JOIN_LINK);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeVisible();
  expect(page.url()).toBe(before);
});
