/**
 * The desktop Host end to end, without Electron's binary: the real preload (electron/preload)
 * exposes window.journeyApi through a faked contextBridge, and its ipcRenderer reaches the real
 * main-process handlers (electron/main/ipc.ts) over the real services (electron/main/services.ts:
 * electron-store settings, recent files, drafts in a temp data folder) and a real WindowSession.
 * Every Host method is called as the renderer calls it: open, save, save as, drop, recent files,
 * settings, drafts, PDF export, the save-changes prompt, open requests, menu commands and the
 * close/quit question; and from refused senders and with bad arguments.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Host, OpenRequest, OpenResult, SaveResult } from '../../../shared/host';
import { resolveLanguage } from '../../../shared/i18n/languages';
import { createTranslator } from '../../../shared/i18n/translate';
import { IPC } from '../../../shared/ipc/channels';
import type { SettingsPatch } from '../../../shared/ipc/settings';
import { loadJourneyText, serializeJourney, type Journey } from '../../../shared/model';
import type { WindowSession } from '../../../electron/main/windowSession';
import type { createBridgeElectron } from './fakeElectronBridge';

const fake = vi.hoisted(() => ({ electron: undefined as ReturnType<typeof createBridgeElectron> | undefined }));
vi.mock('electron', async () => {
  const { createBridgeElectron } = await import('./fakeElectronBridge');
  fake.electron = createBridgeElectron();
  return { default: fake.electron.module, ...fake.electron.module };
});

// electron-store is loaded by Node itself (outside the mock), and is conf with Electron's data folder
// and version filled in: the same, over the fake app's folder.
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  class ElectronStore extends Conf {
    constructor({ name, ...options }: Record<string, unknown>) {
      super({ ...options, configName: name as string, cwd: fake.electron!.app.getPath('userData') });
    }
  }
  return { default: ElectronStore };
});

const FIXTURE = new URL('../../fixtures/valid/coffee-order.journey', import.meta.url);
/** Every member of the Host interface, as window.journeyApi must offer it. */
const HOST_MEMBERS = [
  'kind',
  'openFile',
  'openFileRef',
  'openDroppedFile',
  'readFileToCompare',
  'readFileVersion',
  'saveFile',
  'saveFileAs',
  'printToPdf',
  'listRecentFiles',
  'openRecentFile',
  'removeRecentFile',
  'listDrafts',
  'saveDraft',
  'deleteDraft',
  'restoreDraft',
  'getSettings',
  'setSettings',
  'ready',
  'setDocumentState',
  'askSaveChanges',
  'guardClose',
  'onMenuCommand',
  'onOpenRequest',
  'hostWorkshop',
  'stopWorkshop',
  'workshopStatus',
  'openWorkshopSocket',
].sort();

let electron: ReturnType<typeof createBridgeElectron>;
let api: Host;
let session: WindowSession;
/** One session per window, as main keeps them. */
const sessions = new Map<unknown, WindowSession>();
let newSession: (win: unknown) => WindowSession;
let userData: string;
let maps: string;
let ourPage: string;
const called = new Set<string>();
const settingsChanges: SettingsPatch[] = [];
const openRequests: OpenRequest[] = [];
const menuCommands: string[] = [];

const opened = (result: OpenResult) => {
  if (result.status !== 'opened') throw new Error(`expected an opened file, got ${JSON.stringify(result)}`);
  return result;
};
const saved = (result: SaveResult) => {
  if (result.status !== 'saved') throw new Error(`expected a saved file, got ${JSON.stringify(result)}`);
  return result;
};
const retitled = (journey: Journey, title: string) => serializeJourney({ ...journey, title });
/** Lets queued IPC and the renderer's promise chains run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const copyOfFixture = (name: string) => {
  const path = join(maps, name);
  copyFileSync(FIXTURE, path);
  return path;
};

beforeAll(async () => {
  userData = mkdtempSync(join(tmpdir(), 'js-bridge-data-'));
  maps = mkdtempSync(join(tmpdir(), 'js-bridge-maps-'));
  const { openServices } = await import('../../../electron/main/services');
  const { registerIpcHandlers } = await import('../../../electron/main/ipc');
  const { WindowSession } = await import('../../../electron/main/windowSession');
  electron = fake.electron!;
  electron.app.userData = userData;
  const svc = openServices(userData);
  newSession = (win) => {
    const created = new WindowSession(win as never, svc.files);
    sessions.set(win, created);
    return created;
  };
  session = newSession(electron.current.win);
  ourPage = pathToFileURL(join(userData, 'app', 'out', 'renderer', 'index.html')).href;
  electron.page.url = ourPage;
  registerIpcHandlers({
    files: svc.files,
    settings: svc.settings,
    renderer: { fileUrl: ourPage },
    sessionOf: (win) => sessions.get(win),
    takeStartupNotices: () => svc.startupNotices.splice(0),
    translate: () => createTranslator(resolveLanguage(svc.settings.get().language, ['en-GB'])),
    onSettingsChanged: (patch) => settingsChanges.push(patch),
    workshop: svc.workshop,
  });
  await import('../../../electron/preload/index');
  const exposed = electron.mainWorld.journeyApi as Host;
  // Remember which members the tests use, to prove at the end that none was left out.
  api = new Proxy(exposed, {
    get: (target, key: string) => {
      called.add(key);
      return target[key as keyof Host];
    },
  });
});

afterAll(() => vi.restoreAllMocks());

describe('window.journeyApi', () => {
  it('is the Host interface and nothing else, with no Electron object reachable from the page', () => {
    expect(Object.keys(electron.mainWorld)).toEqual(['journeyApi']);
    const exposed = electron.mainWorld.journeyApi as Record<string, unknown>;
    expect(Object.keys(exposed).sort()).toEqual(HOST_MEMBERS);
    expect(api.kind).toBe('electron');
    for (const [key, value] of Object.entries(exposed)) if (key !== 'kind') expect(typeof value, key).toBe('function');
  });

  it('holds files main wants opened until the page is ready, then hands over refs it can open', async () => {
    const unsubscribe = api.onOpenRequest((request) => openRequests.push(request));
    const path = copyOfFixture('from-command-line.journey');
    session.opens.add([path]);
    expect(openRequests).toEqual([]);
    expect(await api.ready()).toEqual([]);
    expect(openRequests).toEqual([{ ref: expect.any(String), name: 'from-command-line.journey' }]);
    const result = opened(await api.openFileRef(openRequests[0]!.ref));
    expect(result.journey.title).toBe('Order coffee ahead');
    unsubscribe();
    session.opens.add([copyOfFixture('after-unsubscribe.journey')]);
    expect(openRequests).toHaveLength(1);
  });

  it('opens a file chosen in the native dialog, attached to the window and filtered to journeys', async () => {
    const path = copyOfFixture('chosen.journey');
    electron.dialog.answers.open.push({ canceled: false, filePaths: [path] });
    const result = opened(await api.openFile());
    expect(result.file.name).toBe('chosen.journey');
    expect(result.journey.touchpoints.length).toBeGreaterThan(0);
    const asked = electron.dialog.asked.at(-1)!;
    expect(asked).toMatchObject({ kind: 'open', withWindow: true, options: { properties: ['openFile'] } });
    expect(asked.options.filters).toEqual([
      { name: 'Journey map', extensions: ['journey'] },
      { name: 'All files', extensions: ['*'] },
    ]);
    electron.dialog.answers.open.push({ canceled: true, filePaths: [] });
    expect(await api.openFile()).toEqual({ status: 'cancelled' });
  });

  it('refuses to open a bad file, listing the problems, and leaves it as it was', async () => {
    const path = join(maps, 'broken.journey');
    writeFileSync(path, '{"format": "journey-studio", "version": 1');
    electron.dialog.answers.open.push({ canceled: false, filePaths: [path] });
    const result = await api.openFile();
    expect(result).toMatchObject({ status: 'failed', fileName: 'broken.journey' });
    expect(result.status === 'failed' && result.problems.length).toBeGreaterThan(0);
    expect(readFileSync(path, 'utf8')).toBe('{"format": "journey-studio", "version": 1');
  });

  it('saves over the file it opened, keeps a backup, and reports a change made on disk meanwhile', async () => {
    const path = copyOfFixture('saved.journey');
    const original = readFileSync(path, 'utf8');
    electron.dialog.answers.open.push({ canceled: false, filePaths: [path] });
    const { file, journey } = opened(await api.openFile());
    const text = retitled(journey, 'Order coffee ahead, v2');
    expect(saved(await api.saveFile(file.ref!, text)).file.name).toBe('saved.journey');
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(original);

    writeFileSync(path, retitled(journey, 'Changed by a sync tool'));
    expect(await api.saveFile(file.ref!, retitled(journey, 'Mine'))).toEqual({
      status: 'conflict',
      fileName: 'saved.journey',
    });
    expect(loadJourneyText(readFileSync(path, 'utf8'))).toMatchObject({ journey: { title: 'Changed by a sync tool' } });
    saved(await api.saveFile(file.ref!, retitled(journey, 'Mine'), { overwrite: true }));
    expect(loadJourneyText(readFileSync(path, 'utf8'))).toMatchObject({ journey: { title: 'Mine' } });
  });

  it('saves as a new file through the native dialog, adding .journey, and the new ref saves again', async () => {
    const journey = opened(await api.openFileRef(openRequests[0]!.ref)).journey;
    electron.dialog.answers.save.push({ canceled: false, filePath: join(maps, 'workshop') });
    const result = saved(await api.saveFileAs(retitled(journey, 'Workshop'), 'Workshop.journey'));
    expect(result.file.name).toBe('workshop.journey');
    expect(electron.dialog.asked.at(-1)).toMatchObject({ kind: 'save', options: { defaultPath: 'Workshop.journey' } });
    saved(await api.saveFile(result.file.ref!, retitled(journey, 'Workshop, day 2')));
    expect(loadJourneyText(readFileSync(join(maps, 'workshop.journey'), 'utf8'))).toMatchObject({
      journey: { title: 'Workshop, day 2' },
    });
    electron.dialog.answers.save.push({ canceled: true });
    expect(await api.saveFileAs('{}', 'x.journey')).toEqual({ status: 'cancelled' });
  });

  it('opens a file dropped from the OS, and not a File the page made up', async () => {
    const path = copyOfFixture('dropped.journey');
    const dropped = electron.droppedFile(path, 'dropped.journey', readFileSync(path, 'utf8'));
    expect(opened(await api.openDroppedFile(dropped)).file.name).toBe('dropped.journey');
    const madeUp = new File(['{}'], 'made-up.journey');
    expect(await api.openDroppedFile(madeUp)).toEqual({
      status: 'failed',
      fileName: 'made-up.journey',
      problems: [{ path: '', message: 'not a file on this computer' }],
    });
  });

  it('lists, reopens and forgets recent files', async () => {
    const recent = await api.listRecentFiles();
    expect(recent.map((r) => r.name)).toEqual(
      expect.arrayContaining(['workshop.journey', 'dropped.journey', 'saved.journey', 'chosen.journey']),
    );
    expect(recent[0]).toMatchObject({ name: 'dropped.journey', title: 'Order coffee ahead', missing: false });
    const workshop = recent.find((r) => r.name === 'workshop.journey')!;
    expect(workshop.title).toBe('Workshop, day 2');
    expect(opened(await api.openRecentFile(workshop.id)).journey.title).toBe('Workshop, day 2');
    const after = await api.removeRecentFile(workshop.id);
    expect(after.map((r) => r.id)).not.toContain(workshop.id);
    expect(await api.openRecentFile(workshop.id)).toMatchObject({ status: 'failed' });
  });

  it('reads and changes settings, kept in settings.json, and tells main (menus follow the language)', async () => {
    const before = await api.getSettings();
    expect(before.language).toBe('system');
    const after = await api.setSettings({ language: 'zh-TW', theme: 'dark' });
    expect(after).toMatchObject({ language: 'zh-TW', theme: 'dark' });
    expect(settingsChanges.at(-1)).toEqual({ language: 'zh-TW', theme: 'dark' });
    expect(JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8'))).toMatchObject({ theme: 'dark' });
    // Native dialogs now speak the chosen language.
    electron.dialog.answers.open.push({ canceled: true, filePaths: [] });
    await api.openFile();
    expect((electron.dialog.asked.at(-1)!.options.filters as { name: string }[])[0]!.name).toBe('客戶旅程圖');
    await api.setSettings({ language: 'system', theme: 'system' });
  });

  it('writes, lists, restores and deletes recovery drafts in the data folder', async () => {
    const { file, journey } = opened(await api.openFileRef(openRequests[0]!.ref));
    await api.saveDraft({ id: 'session-1', text: retitled(journey, 'Unsaved'), title: 'Unsaved', file });
    expect(readdirSync(join(userData, 'drafts'))).toEqual(['session-1.draft.json']);
    expect(await api.listDrafts()).toEqual([
      { id: 'session-1', title: 'Unsaved', fileName: 'from-command-line.journey', savedAt: expect.any(String) },
    ]);
    const restored = await api.restoreDraft('session-1');
    expect(restored).toMatchObject({ status: 'restored', draftId: 'session-1', journey: { title: 'Unsaved' } });
    expect(restored.status === 'restored' && restored.file).toMatchObject({ name: 'from-command-line.journey' });
    await api.deleteDraft('session-1');
    expect(await api.listDrafts()).toEqual([]);
    expect(await api.restoreDraft('session-1')).toMatchObject({ status: 'failed' });
  });

  it('prints the map to a PDF where the user says, with the chosen page', async () => {
    electron.dialog.answers.save.push({ canceled: false, filePath: join(maps, 'map.pdf') });
    const result = saved(await api.printToPdf!({ page: 'a3', orientation: 'portrait', suggestedName: 'map.pdf' }));
    expect(result.file).toEqual({ ref: null, name: 'map.pdf' });
    expect(readFileSync(join(maps, 'map.pdf'), 'utf8')).toMatch(/^%PDF-1\.7/);
    expect(electron.current.win.webContents.pdfRequests.at(-1)).toEqual({
      pageSize: 'A3',
      landscape: false,
      printBackground: true,
    });
    electron.dialog.answers.save.push({ canceled: true });
    expect(await api.printToPdf!({ page: 'a4', orientation: 'landscape', suggestedName: 'x.pdf' })).toEqual({
      status: 'cancelled',
    });
  });

  it('asks Save / Don’t Save / Cancel in a native message box', async () => {
    const prompt = {
      message: 'Save changes?',
      detail: 'Or lose them.',
      save: 'Save',
      dontSave: 'Don’t Save',
      cancel: 'Cancel',
    };
    electron.dialog.answers.message.push({ response: 1 }, { response: 2 }, { response: 0 });
    expect(await api.askSaveChanges!(prompt)).toBe('discard');
    expect(electron.dialog.asked.at(-1)!.options).toMatchObject({
      buttons: ['Save', 'Don’t Save', 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      message: 'Save changes?',
    });
    expect(await api.askSaveChanges!(prompt)).toBe('cancel');
    expect(await api.askSaveChanges!(prompt)).toBe('save');
  });

  it('passes menu commands to the page, and nothing that is not a command', async () => {
    const { installMenu } = await import('../../../electron/main/menu');
    installMenu({ isMac: false, isDev: false }, [], {
      command: (id) => electron.current.win.webContents.send(IPC.menuCommand, id),
      openRecent: () => undefined,
      clearRecent: () => undefined,
      removeMissingRecent: () => undefined,
    });
    const file = electron.menus.at(-1)!.template[0] as { submenu: { label?: string; click?: () => void }[] };
    const unsubscribe = api.onMenuCommand((id) => menuCommands.push(id));
    file.submenu.find((item) => item.label === 'Save')!.click!();
    electron.current.win.webContents.send(IPC.menuCommand, 'rm -rf /');
    electron.current.win.webContents.send(IPC.menuCommand, { id: 'save-document' });
    expect(menuCommands).toEqual(['save-document']);
    unsubscribe();
    file.submenu.find((item) => item.label === 'Save')!.click!();
    expect(menuCommands).toEqual(['save-document']);
  });
});

describe('hosting a workshop from the window', () => {
  it('hosts the open saved file, refuses unsaved changes, and stops saving it', async () => {
    const path = copyOfFixture('workshop.journey');
    electron.dialog.answers.open.push({ canceled: false, filePaths: [path] });
    const { ref } = opened(await api.openFile()).file;
    api.setDocumentState({ dirty: true });
    await settle();
    await expect(api.hostWorkshop!(ref, { onNetwork: false })).resolves.toMatchObject({ reason: 'unsaved' });
    await expect(api.hostWorkshop!(null, { onNetwork: false })).resolves.toMatchObject({ reason: 'no-file' });
    api.setDocumentState({ dirty: false });
    await settle();
    const hosting = await api.hostWorkshop!(ref, { onNetwork: false, name: 'Dana' });
    expect(hosting).toMatchObject({ status: 'hosting', fileName: 'workshop.journey', onNetwork: false });
    if (hosting.status !== 'hosting') return;
    expect(hosting.joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#join=[\w-]{43,}$/);
    await expect(api.workshopStatus!()).resolves.toMatchObject({ status: 'hosting', participants: [] });
    await expect(api.stopWorkshop!()).resolves.toEqual({ status: 'idle' });
    await expect(api.workshopStatus!()).resolves.toEqual({ status: 'idle' });
    // Nobody edited, so nothing was written (the controller's unit test proves an edit is saved).
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));
  });

  it('opens workshop sockets through main, which refuses an address that is no workshop', async () => {
    // tests/unit/electron-main/workshopTunnel.test.ts joins a real host through this tunnel.
    const events: unknown[] = [];
    api.openWorkshopSocket!('https://evil.test/', (event) => events.push(event));
    await settle();
    expect(events).toEqual([
      { type: 'error', message: expect.stringContaining("is not a workshop's sync address") },
      { type: 'close', code: 1008, reason: expect.any(String) },
    ]);
  });
});

describe('refused senders', () => {
  /** One call of every invoking Host method, with arguments that would pass. */
  const everyCall = (ref: string): [string, () => Promise<unknown>][] => [
    ['openFile', () => api.openFile()],
    ['openFileRef', () => api.openFileRef(ref)],
    ['readFileToCompare', () => api.readFileToCompare!()],
    ['readFileVersion', () => api.readFileVersion!(ref, 'backup')],
    ['openDroppedFile', () => api.openDroppedFile(electron.droppedFile(join(maps, 'chosen.journey'), 'c.journey', ''))],
    ['saveFile', () => api.saveFile(ref, '{}')],
    ['saveFileAs', () => api.saveFileAs('{}', 'x.journey')],
    ['printToPdf', () => api.printToPdf!({ page: 'a4', orientation: 'landscape', suggestedName: 'x.pdf' })],
    ['listRecentFiles', () => api.listRecentFiles()],
    ['openRecentFile', () => api.openRecentFile('abc')],
    ['removeRecentFile', () => api.removeRecentFile('abc')],
    ['listDrafts', () => api.listDrafts()],
    ['saveDraft', () => api.saveDraft({ id: 'evil', text: '{}', title: 'x', file: null })],
    ['deleteDraft', () => api.deleteDraft('evil')],
    ['restoreDraft', () => api.restoreDraft('evil')],
    ['getSettings', () => api.getSettings()],
    ['setSettings', () => api.setSettings({ theme: 'dark' })],
    ['ready', () => api.ready()],
    ['askSaveChanges', () => api.askSaveChanges!({ message: 'm', detail: 'd', save: 's', dontSave: 'n', cancel: 'c' })],
    ['hostWorkshop', () => api.hostWorkshop!(ref, { onNetwork: true })],
    ['stopWorkshop', () => api.stopWorkshop!()],
    ['workshopStatus', () => api.workshopStatus!()],
  ];

  it.each([
    ['a remote page', 'https://evil.test/index.html'],
    ['another local page', 'file:///tmp/evil/index.html'],
    ['a blank frame', 'about:blank'],
  ])('refuses every call from %s before doing anything', async (_what, url) => {
    const ref = openRequests[0]!.ref;
    const settingsBefore = readFileSync(join(userData, 'settings.json'), 'utf8');
    const dialogsBefore = electron.dialog.asked.length;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    electron.page.url = url;
    try {
      for (const [name, call] of everyCall(ref))
        await expect(call(), name).rejects.toThrow(/Refused journey:[a-z-]+ from an untrusted page/);
      api.setDocumentState({ dirty: true });
      await settle();
      expect(String(errors.mock.calls.at(-1)?.[0])).toMatch(
        /Refused journey:set-document-state from an untrusted page/,
      );
    } finally {
      electron.page.url = ourPage;
      errors.mockRestore();
    }
    expect(electron.dialog.asked.length).toBe(dialogsBefore);
    expect(readFileSync(join(userData, 'settings.json'), 'utf8')).toBe(settingsBefore);
    expect(existsSync(join(userData, 'drafts', 'evil.draft.json'))).toBe(false);
    expect(session.guard.onCloseAttempt(true)).toBe('close');
  });
});

describe('bad arguments', () => {
  it.each<[string, string, () => Promise<unknown>]>([
    ['openFileRef', 'a path instead of a ref', () => api.openFileRef('../../etc/passwd')],
    ['saveFile', 'text that is not a string', () => api.saveFile('ref-1', 42 as never)],
    ['saveFile', 'an option of the wrong type', () => api.saveFile('ref-1', '{}', { overwrite: 'yes' } as never)],
    ['saveFileAs', 'a 300-character name', () => api.saveFileAs('{}', 'x'.repeat(300))],
    ['openRecentFile', 'an empty id', () => api.openRecentFile('')],
    ['removeRecentFile', 'an id with a slash', () => api.removeRecentFile('a/b')],
    [
      'saveDraft',
      'an id that is no file name',
      () => api.saveDraft({ id: 'Not A Draft Id', text: '{}', title: 'x', file: null }),
    ],
    [
      'saveDraft',
      'a path smuggled in',
      () => api.saveDraft({ id: 'ok', text: '{}', title: 'x', file: null, path: '/etc' } as never),
    ],
    ['deleteDraft', 'an id walking out of the folder', () => api.deleteDraft('../settings')],
    ['restoreDraft', 'a 65-character id', () => api.restoreDraft('x'.repeat(65))],
    ['setSettings', 'an unknown theme', () => api.setSettings({ theme: 'purple' } as never)],
    ['setSettings', 'a negative draft interval', () => api.setSettings({ draftIntervalSeconds: -5 })],
    [
      'printToPdf',
      'an unknown page size',
      () => api.printToPdf!({ page: 'a9', orientation: 'landscape', suggestedName: 'x.pdf' } as never),
    ],
    ['askSaveChanges', 'a prompt without its words', () => api.askSaveChanges!({ message: 1 } as never)],
  ])('%s refuses %s', async (_name, _what, call) => {
    const settingsBefore = readFileSync(join(userData, 'settings.json'), 'utf8');
    const dialogsBefore = electron.dialog.asked.length;
    await expect(call()).rejects.toThrow(/Refused journey:[a-z-]+: bad arguments/);
    expect(electron.dialog.asked.length).toBe(dialogsBefore);
    expect(readFileSync(join(userData, 'settings.json'), 'utf8')).toBe(settingsBefore);
    expect(existsSync(join(userData, 'drafts', 'ok.draft.json'))).toBe(false);
  });

  it('setDocumentState with a bad state is refused and only logged (nobody awaits it)', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    api.setDocumentState({ dirty: 'yes' } as never);
    await settle();
    expect(String(errors.mock.calls[0]?.[0])).toMatch(/Refused journey:set-document-state: bad arguments/);
    errors.mockRestore();
    expect(session.guard.onCloseAttempt(true)).toBe('close');
  });
});

describe('closing with unsaved changes (last: the windows go)', () => {
  let answers: (boolean | Error)[] = [];
  let asked = 0;
  const win = () => electron.current.win;

  it('asks the page, stays when it says Cancel or fails to answer, and closes when it agrees', async () => {
    api.guardClose({
      isDirty: () => true,
      confirmClose: async () => {
        asked++;
        const answer = answers.shift();
        if (answer instanceof Error) throw answer;
        return answer ?? false;
      },
    });
    api.setDocumentState({ dirty: true });
    await settle();
    answers = [false, new Error('the dialog crashed'), true];
    win().close();
    await settle();
    expect([asked, win().isDestroyed()]).toEqual([1, false]);
    win().close();
    await settle();
    expect([asked, win().isDestroyed()]).toEqual([2, false]);
    win().close();
    await settle();
    expect([asked, win().isDestroyed()]).toEqual([3, true]);
  });

  it('on Quit, asks, quits once the page agrees, and then lets the window close without asking again', async () => {
    const quitting = newSession(electron.newWindow());
    api.setDocumentState({ dirty: true });
    await settle();
    answers = [true];
    quitting.guard.quitRequested();
    win().close();
    await settle();
    expect([asked, electron.app.quits, win().isDestroyed()]).toEqual([4, 1, false]);
    // Electron now closes the windows for the quit: this one goes at once.
    win().close();
    expect([asked, win().isDestroyed()]).toEqual([4, true]);
  });

  it('lets a window whose page crashed close without asking (its drafts are on disk)', async () => {
    newSession(electron.newWindow());
    api.setDocumentState({ dirty: true });
    await settle();
    win().webContents.crashed = true;
    win().close();
    expect([asked, win().isDestroyed()]).toEqual([4, true]);
  });

  it('called every member of the Host interface', () => {
    expect(HOST_MEMBERS.filter((m) => !called.has(m))).toEqual([]);
  });
});
