/**
 * Every IPC channel has a zod schema, and every handler checks its sender before its
 * arguments and before doing anything: the real registerIpcHandlers, run on a faked Electron.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { IpcDeps } from '../../../electron/main/ipc';
import { ipcArgs } from '../../../shared/ipc/args';
import { IPC } from '../../../shared/ipc/channels';
import { createFakeElectron } from './fakeElectron';

const fake = vi.hoisted(() => ({ electron: undefined as ReturnType<typeof createFakeElectron> | undefined }));
vi.mock('electron', () => {
  fake.electron = createFakeElectron();
  return fake.electron;
});

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const keyOf = Object.fromEntries(Object.entries(IPC).map(([key, channel]) => [channel, key]));
const invokeChannels = Object.keys(ipcArgs).sort();
/** Channels main sends to the renderer (webContents.send); they carry no request to validate. */
const sentByMain = [
  ...new Set([...sourcesIn('electron/main')].flatMap((f) => keysUsed(read(f), /\.send\(IPC\.(\w+)/g))),
]
  .map((key) => IPC[key as keyof typeof IPC])
  .sort();

function sourcesIn(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? sourcesIn(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function keysUsed(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1]!);
}

describe('the channel registry', () => {
  it('has a schema for every channel the renderer may invoke, and no schema without a channel', () => {
    for (const channel of invokeChannels) expect(keyOf[channel], channel).toBeDefined();
    const unschemed = Object.values(IPC).filter((c) => !invokeChannels.includes(c) && !sentByMain.includes(c));
    expect(unschemed).toEqual([]);
    expect(sentByMain.filter((c) => invokeChannels.includes(c))).toEqual([]);
  });

  it('uses one prefix for every channel', () => {
    for (const channel of Object.values(IPC)) expect(channel).toMatch(/^journey:[a-z-]+$/);
  });

  it('matches what the preload invokes and listens to', () => {
    const preload = read('electron/preload/index.ts');
    const invoked = keysUsed(preload, /ipcRenderer\.invoke\(IPC\.(\w+)/g).map((k) => IPC[k as keyof typeof IPC]);
    const listened = keysUsed(preload, /listen\(IPC\.(\w+)/g).map((k) => IPC[k as keyof typeof IPC]);
    expect([...new Set(invoked)].sort()).toEqual(invokeChannels);
    expect([...new Set(listened)].sort()).toEqual(sentByMain);
    expect(preload).not.toMatch(/ipcRenderer\.(send|sendSync|sendTo)\(/);
  });

  it('registers handlers in one place only, through the checking wrapper', () => {
    const direct = [...sourcesIn('electron')].flatMap((file) =>
      [...read(file).matchAll(/ipcMain\.(\w+)\(/g)].map((m) => `${relative('', file)}: ipcMain.${m[1]}`),
    );
    expect(direct).toEqual(['electron/main/ipc.ts: ipcMain.handle']);
  });
});

describe('registerIpcHandlers', () => {
  const OUR_PAGE = 'file:///opt/journey/resources/app.asar/out/renderer/index.html';
  const touched: string[] = [];
  const recorder = (name: string) =>
    new Proxy(
      {},
      {
        get: (_target, prop) => {
          touched.push(`${name}.${String(prop)}`);
          return (...args: unknown[]) => ({ called: `${name}.${String(prop)}`, args });
        },
      },
    );

  async function handlers() {
    const { registerIpcHandlers } = await import('../../../electron/main/ipc');
    const electron = fake.electron!;
    if (electron.ipcMain.handlers.size === 0) {
      registerIpcHandlers({
        files: recorder('files'),
        settings: recorder('settings'),
        renderer: { fileUrl: OUR_PAGE },
        sessionOf: () => {
          touched.push('sessionOf');
          return undefined;
        },
        takeStartupNotices: () => {
          touched.push('takeStartupNotices');
          return [];
        },
      } as unknown as IpcDeps);
    }
    return electron.ipcMain.handlers;
  }
  const eventFrom = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url }, sender: {} });

  it('registers exactly the channels that have schemas', async () => {
    expect([...(await handlers()).keys()].sort()).toEqual(invokeChannels);
  });

  it.each(['https://evil.test/', 'file:///tmp/evil.html', 'about:blank', undefined])(
    'refuses every channel from %s before looking at the arguments or doing anything',
    async (url) => {
      touched.length = 0;
      for (const [channel, handler] of await handlers()) {
        await expect(async () => handler(eventFrom(url), 'not', 'valid', {}), channel).rejects.toThrow(
          `Refused ${channel} from an untrusted page`,
        );
      }
      expect(touched).toEqual([]);
      expect(fake.electron!.dialog.opened).toBe(0);
    },
  );

  it('refuses arguments that do not match the schema, before doing anything', async () => {
    touched.length = 0;
    for (const [channel, handler] of await handlers()) {
      const tooMany = Array.from({ length: 6 }, () => ({ __proto__: { polluted: true } }));
      await expect(async () => handler(eventFrom(OUR_PAGE), ...tooMany), channel).rejects.toThrow(
        `Refused ${channel}: bad arguments`,
      );
    }
    await expect(async () =>
      (await handlers()).get(IPC.openFileRef)!(eventFrom(OUR_PAGE), '../../etc/passwd'),
    ).rejects.toThrow('bad arguments');
    expect(touched).toEqual([]);
  });

  it('passes checked arguments from our own page to the service', async () => {
    touched.length = 0;
    const result = await (await handlers()).get(IPC.openFileRef)!(eventFrom(`${OUR_PAGE}#start`), 'ref-1');
    expect(result).toEqual({ called: 'files.openRef', args: ['ref-1'] });
    expect(touched).toEqual(['files.openRef']);
  });
});
