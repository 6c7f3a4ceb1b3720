/**
 * Navigation, new windows, webviews and permission requests are refused, through the real
 * hardening functions and the real wiring in electron/main/security.ts (Electron faked).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents } from '../../../electron/node/securityConfig';
import { createFakeElectron, FakeWebContents } from './fakeElectron';

const fake = vi.hoisted(() => ({ electron: undefined as ReturnType<typeof createFakeElectron> | undefined }));
vi.mock('electron', () => {
  fake.electron = createFakeElectron();
  return fake.electron;
});

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const HOSTILE_URLS = [
  'https://example.com/',
  'http://evil.test/x',
  'file:///etc/passwd',
  'javascript:window.__pwned=1',
  'data:text/html,<script>1</script>',
  'about:blank',
];

function emitPreventable(contents: FakeWebContents, event: string, url: string): boolean {
  let prevented = false;
  contents.emit(event, { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents);
  return contents;
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents every %s', (event) => {
    const contents = hardened();
    expect(contents.listenerCount(event)).toBe(1);
    for (const url of HOSTILE_URLS) expect(emitPreventable(contents, event, url), url).toBe(true);
  });

  it('denies every new window, whatever the URL (the app opens no links)', () => {
    const contents = hardened();
    for (const url of HOSTILE_URLS) expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  it('refuses every permission request and check', () => {
    const session = createFakeElectron().session.defaultSession;
    hardenSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answers: boolean[] = [];
      session.permissionRequestHandler?.(null, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
    }
    expect(session.permissionCheckHandler?.()).toBe(false);
  });
});

describe('electron/main/security.ts', () => {
  it('hardens every web contents the app creates, and the default session', async () => {
    const { hardenSessions } = await import('../../../electron/main/security');
    hardenSessions();
    const electron = fake.electron!;
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(emitPreventable(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const answers: boolean[] = [];
    electron.session.defaultSession.permissionRequestHandler?.(null, 'media', (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
  });
});

describe('external links', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx|js|cjs|mjs)$/.test(name) ? [path] : [];
    });

  it('nothing in electron/ or renderer/ hands a URL to the operating system', () => {
    const users = [...sources(join(ROOT, 'electron')), ...sources(join(ROOT, 'renderer'))]
      .filter((file) => /\bopenExternal\b|\bwindow\.open\s*\(|target=["']_blank/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(users).toEqual([]);
  });
});
