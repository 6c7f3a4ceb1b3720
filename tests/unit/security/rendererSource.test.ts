/**
 * Where the window's page comes from: the packaged index.html (loadFile), or in development
 * only, the local dev server; never a remote origin. And the renderer is sandboxed app-wide.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devRendererUrl } from '../../../electron/node/securityConfig';

const mainSource = readFileSync(new URL('../../../electron/main/index.ts', import.meta.url), 'utf8');

describe('devRendererUrl', () => {
  const dev = (url: string | undefined, isPackaged = false) =>
    devRendererUrl({ isPackaged, env: { ELECTRON_RENDERER_URL: url } });

  it('gives the local dev server to an unpackaged app', () => {
    expect(dev('http://localhost:5173')).toBe('http://localhost:5173/');
    expect(dev('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173/');
    expect(dev('http://[::1]:5173/')).toBe('http://[::1]:5173/');
  });

  it('never gives one to a packaged app', () => {
    expect(dev('http://localhost:5173', true)).toBeUndefined();
  });

  it('refuses remote origins and other schemes, even in development', () => {
    for (const url of [
      'https://evil.test/',
      'http://localhost.evil.test:5173/',
      'http://127.0.0.1.nip.io/',
      'file:///tmp/evil.html',
      'javascript:alert(1)',
      'data:text/html,hi',
      'not a url',
      '',
    ]) {
      expect(dev(url), url).toBeUndefined();
    }
    expect(dev(undefined)).toBeUndefined();
  });
});

describe('electron/main/index.ts', () => {
  it('loads the packaged file, or the checked dev server URL, and nothing else', () => {
    const loads = [...mainSource.matchAll(/\.(loadURL|loadFile)\(([^)]*)\)/g)].map((m) => `${m[1]}(${m[2]})`);
    expect(loads.sort()).toEqual(['loadFile(rendererFile)', 'loadURL(devServerUrl)']);
    expect(mainSource).toMatch(
      /const devServerUrl = devRendererUrl\(\{ isPackaged: app\.isPackaged, env: process\.env \}\)/,
    );
    expect(mainSource).toMatch(/const rendererFile = join\(import\.meta\.dirname, '\.\.\/renderer\/index\.html'\)/);
    expect(mainSource).not.toMatch(/process\.env\.ELECTRON_RENDERER_URL/);
  });

  it('sandboxes every renderer and hardens sessions before the first window', () => {
    expect(mainSource).toContain('app.enableSandbox()');
    const ready = mainSource.slice(mainSource.indexOf('app.whenReady()'));
    expect(ready.indexOf('hardenSessions()')).toBeGreaterThan(0);
    expect(ready.indexOf('hardenSessions()')).toBeLessThan(ready.indexOf('openWindow('));
  });
});
