/**
 * The scripts behind `npm install`, `npm start` and `npm test`'s first step: whether Electron's
 * binary is installed (the same test as Electron's installer), when its download is skipped and
 * from where, how a failed installer is summed up in one line, and which Chromium the end-to-end
 * tests drive. The whole chain, with a real download from a loopback mirror, is
 * tests/electron/chain (npm run test:desktop-chain).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NO_BROWSER_MESSAGE, resolveChromium } from '../../../scripts/chromium.mjs';
import {
  DEFAULT_MIRROR,
  downloadSkipped,
  downloadSource,
  electronBinaryStatus,
  firstErrorLine,
  runElectronInstaller,
} from '../../../scripts/electron-binary.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A node_modules/electron folder: the package, and optionally what the installer leaves. */
function electronPackage(options: { pathTxt?: string; distVersion?: string; executable?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'js-electron-pkg-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  mkdirSync(join(dir, 'dist'));
  if (options.pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), options.pathTxt);
  if (options.distVersion !== undefined) writeFileSync(join(dir, 'dist', 'version'), options.distVersion);
  if (options.executable) writeFileSync(join(dir, 'dist', 'electron'), '#!/bin/sh\n');
  return dir;
}

describe('electronBinaryStatus', () => {
  const linux = { env: {}, platform: 'linux' };

  it('finds a complete install: path.txt, the matching dist/version and the executable', () => {
    const dir = electronPackage({ pathTxt: 'electron', distVersion: 'v45.4.1', executable: true });
    expect(electronBinaryStatus({ electronDir: dir, ...linux })).toEqual({
      installed: true,
      path: join(dir, 'dist', 'electron'),
      version: '45.4.1',
    });
  });

  it.each([
    ['nothing was downloaded', {}, "Electron 45.4.1's binary is not installed"],
    [
      'another version is unpacked',
      { pathTxt: 'electron', distVersion: '44.0.0', executable: true },
      'is version 44.0.0, not 45.4.1',
    ],
    ['the unpack stopped half way', { pathTxt: 'electron', executable: true }, 'is incomplete, not 45.4.1'],
    ['the executable is gone', { pathTxt: 'electron', distVersion: '45.4.1' }, "Electron's binary is missing at"],
  ])('says why not when %s', (_case, layout, reason) => {
    const status = electronBinaryStatus({ electronDir: electronPackage(layout), ...linux });
    expect(status).toMatchObject({ installed: false, version: '45.4.1' });
    expect(!status.installed && status.reason).toContain(reason);
  });

  it('expects the platform’s own executable', () => {
    const dir = electronPackage({ pathTxt: 'electron', distVersion: '45.4.1', executable: true });
    expect(electronBinaryStatus({ electronDir: dir, env: {}, platform: 'darwin' })).toMatchObject({
      installed: false,
      reason: "node_modules/electron/dist holds another platform's Electron (electron)",
    });
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH when set', () => {
    const override = mkdtempSync(join(tmpdir(), 'js-electron-override-'));
    const dir = electronPackage();
    const env = { ELECTRON_OVERRIDE_DIST_PATH: override };
    expect(electronBinaryStatus({ electronDir: dir, env, platform: 'linux' })).toMatchObject({ installed: false });
    writeFileSync(join(override, 'electron'), '');
    expect(electronBinaryStatus({ electronDir: dir, env, platform: 'linux' })).toEqual({
      installed: true,
      path: join(override, 'electron'),
      version: '45.4.1',
    });
  });

  it('has no version when the electron package itself is not installed (npm install --omit=dev)', () => {
    const status = electronBinaryStatus({ electronDir: join(tmpdir(), 'no-such-electron'), ...linux });
    expect(status).toEqual({ installed: false, reason: 'the electron package is not installed (run `npm install`)' });
  });
});

describe('downloadSkipped and downloadSource', () => {
  it.each([
    [{ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, true],
    [{ ELECTRON_SKIP_BINARY_DOWNLOAD: 'true' }, true],
    [{ npm_config_electron_skip_binary_download: '1' }, true],
    [{ ELECTRON_SKIP_BINARY_DOWNLOAD: '0' }, false],
    [{ ELECTRON_SKIP_BINARY_DOWNLOAD: 'false' }, false],
    [{ ELECTRON_SKIP_BINARY_DOWNLOAD: '' }, false],
    [{}, false],
  ])('%j skips: %s', (env, skipped) => {
    expect(downloadSkipped(env)).toBe(skipped);
  });

  it('names the mirror Electron’s downloader will use: npm config first, then ELECTRON_MIRROR, then GitHub', () => {
    expect(downloadSource({})).toBe(DEFAULT_MIRROR);
    expect(downloadSource({ ELECTRON_MIRROR: 'http://127.0.0.1:1/' })).toBe('http://127.0.0.1:1/');
    expect(downloadSource({ ELECTRON_MIRROR: 'http://a/', npm_config_electron_mirror: 'http://b/' })).toBe('http://b/');
  });
});

describe('the installer’s failure in one line', () => {
  it('is the message line of its stack trace, kept short', () => {
    const stack = [
      'HTTPError: Response code 404 (Not Found) for http://127.0.0.1:9/v45.4.1/electron-v45.4.1-linux-x64.zip',
      '    at Request.<anonymous> (file:///x/got.js:1:1)',
      '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
    ].join('\n');
    expect(firstErrorLine(`\n${stack}\n`)).toBe(stack.split('\n')[0]);
    expect(firstErrorLine('')).toBeUndefined();
    expect(firstErrorLine('x'.repeat(500))).toHaveLength(301);
  });

  it('comes from running the installer, whose output otherwise passes through', async () => {
    const dir = electronPackage();
    writeFileSync(
      join(dir, 'install.js'),
      "console.error('TypeError: fetch failed\\n    at x (y.js:1:1)'); process.exit(1);\n",
    );
    expect(await runElectronInstaller({ electronDir: dir, env: {} })).toEqual({
      ok: false,
      error: 'TypeError: fetch failed',
    });
    writeFileSync(join(dir, 'install.js'), 'process.exit(0);\n');
    expect(await runElectronInstaller({ electronDir: dir, env: {} })).toEqual({ ok: true });
  });
});

describe('the postinstall step', () => {
  const postinstall = (env: Record<string, string>) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts', 'postinstall.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
  const installed = electronBinaryStatus().installed;

  it.skipIf(installed)('says in one line that ELECTRON_SKIP_BINARY_DOWNLOAD skipped the download', () => {
    const result = postinstall({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([expect.stringContaining('ELECTRON_SKIP_BINARY_DOWNLOAD is set')]);
    expect(result.stderr).toBe('');
  });

  it.skipIf(installed)('does not fail npm install when the download fails, and says what to run', async () => {
    // A loopback port nothing listens on: the download fails at once, and stays on this machine.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const cache = mkdtempSync(join(tmpdir(), 'js-electron-cache-'));
    const result = postinstall({ ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, electron_config_cache: cache });
    expect(result.status).toBe(0);
    const warning = result.stderr.trim().split('\n');
    expect(warning).toHaveLength(1);
    expect(warning[0]).toMatch(/could not fetch Electron's binary from http:\/\/127\.0\.0\.1:\d+\/ \(.+\)/);
    expect(warning[0]).toContain('npx --no install-electron');
    expect(warning[0]).toContain('npm run web');
    expect(electronBinaryStatus().installed).toBe(false);
  });
});

describe('resolveChromium', () => {
  const only =
    (...present: string[]) =>
    (path: string) =>
      present.includes(path);
  const playwright = () => '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

  it('prefers CHROMIUM_PATH, then Debian’s Chromium, then Playwright’s own', () => {
    const all = only('/opt/chrome', '/usr/bin/chromium', playwright());
    expect(resolveChromium({ env: { CHROMIUM_PATH: '/opt/chrome' }, exists: all, playwright })).toEqual({
      path: '/opt/chrome',
      source: 'CHROMIUM_PATH',
    });
    expect(resolveChromium({ env: {}, exists: all, playwright })).toEqual({
      path: '/usr/bin/chromium',
      source: 'debian',
    });
    expect(resolveChromium({ env: {}, exists: only(playwright()), playwright })).toEqual({
      path: playwright(),
      source: 'playwright',
    });
  });

  it('names both ways to get a browser when there is none, in one line', () => {
    const none = resolveChromium({ env: {}, exists: only(), playwright });
    expect(none).toEqual({ missing: NO_BROWSER_MESSAGE });
    expect(NO_BROWSER_MESSAGE).not.toContain('\n');
    expect(NO_BROWSER_MESSAGE).toContain('apt-get install -y chromium');
    expect(NO_BROWSER_MESSAGE).toContain('npx playwright install chromium');
    const wrong = resolveChromium({ env: { CHROMIUM_PATH: '/nope' }, exists: only('/usr/bin/chromium'), playwright });
    expect(wrong).toEqual({
      missing: expect.stringMatching(/^CHROMIUM_PATH is set to \/nope, which does not exist\./),
    });
  });

  it('stops npm test at its first step, and Playwright at its config, with that one line', () => {
    const env = { ...process.env, CHROMIUM_PATH: '/no/such/chromium' };
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-browser.mjs')], { env, encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^npm test: CHROMIUM_PATH is set to/)]);
    const playwrightRun = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.config.ts', '--list'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(playwrightRun.status).toBe(1);
    expect(playwrightRun.stderr.trim().split('\n')).toEqual([expect.stringContaining(NO_BROWSER_MESSAGE)]);
  });
});
