/**
 * The README's first command, end to end and offline: a fresh copy of the repository, `npm install`
 * (whose postinstall fetches Electron's binary with Electron's own installer), `npm start` and
 * `npm start -- my.journey` (which must launch that binary on the built app), and `npm run dist:dir`
 * (electron-builder packing the app and build/fuses.cjs flipping the fuses). Electron's release
 * server is a loopback mirror (ELECTRON_MIRROR, checksums from its SHASUMS256.txt through
 * electron_use_remote_checksums=1) serving a stand-in zip whose `electron` records its launch.
 * npm installs from its cache (--prefer-offline); nothing else leaves this machine: the
 * electron-builder tool mirror points at the same server, which counts what is asked of it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journeyPathsFromArgv, launchFolder } from '../../../electron/node/launchArgs';
import { freshCopy } from './freshCopy';
import { startMirror, type Mirror } from './mirrorServer';
import { run, userEnv, type RunResult } from './run';
import { DEFAULT_FUSES, RECORD_ENV, parseLaunchRecord, standInRelease } from './standInElectron';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);
const ELECTRON_VERSION = (require('electron/package.json') as { version: string }).version;
const supported = process.platform === 'linux' && ['x64', 'arm64'].includes(process.arch);

/** What each step took, printed at the end (the suite's budget is a few minutes). */
const timings: [string, number][] = [];
const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');
const show = (r: RunResult) =>
  `exit ${r.code}\n--- stdout\n${r.stdout.slice(-4000)}\n--- stderr\n${r.stderr.slice(-4000)}`;

describe.skipIf(!supported)('a fresh clone: npm install, npm start, npm run dist:dir', () => {
  let work: string;
  let app: string;
  let mirror: Mirror;
  let env: (extra?: Record<string, string>) => NodeJS.ProcessEnv;
  const recordFile = () => join(work, 'launch.txt');

  async function npm(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
    const result = await run('npm', args, { cwd: options.cwd ?? app, env: options.env ?? env() });
    timings.push([`npm ${args.join(' ')}`, result.seconds]);
    return result;
  }

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'journey-chain-'));
    app = join(work, 'journey-studio');
    const release = await standInRelease(ELECTRON_VERSION);
    mirror = await startMirror({
      [`/v${ELECTRON_VERSION}/${release.zipName}`]: release.zip,
      [`/v${ELECTRON_VERSION}/SHASUMS256.txt`]: release.shasums,
    });
    const started = performance.now();
    const source = freshCopy(ROOT, app);
    timings.push([`copy (${source})`, (performance.now() - started) / 1000]);
    env = (extra = {}) =>
      userEnv({
        ELECTRON_MIRROR: mirror.url,
        electron_use_remote_checksums: '1',
        // Electron's installer and electron-builder each get an empty cache of their own here, so
        // both really download (on a user's machine they share ~/.cache/electron), and nothing
        // is left behind in the real caches.
        electron_config_cache: join(work, 'cache', 'electron-install'),
        XDG_CACHE_HOME: join(work, 'cache', 'xdg'),
        ELECTRON_BUILDER_CACHE: join(work, 'cache', 'electron-builder'),
        // Any tool electron-builder would fetch (AppImage, NSIS…) would be asked of the mirror.
        ELECTRON_BUILDER_BINARIES_MIRROR: `${mirror.url}builder-binaries/`,
        ELECTRON_BUILDER_BINARIES_ALLOW_HTTP: 'true',
        [RECORD_ENV]: recordFile(),
        ...extra,
      });
  });

  afterAll(async () => {
    await mirror?.close();
    if (work) rmSync(work, { recursive: true, force: true });
    console.log(
      `[desktop chain] timings:\n${timings.map(([step, s]) => `  ${s.toFixed(1).padStart(6)} s  ${step}`).join('\n')}`,
    );
  });

  it('npm install fetches the binary from the mirror with Electron’s installer and checks it', async () => {
    const result = await npm(['install', '--prefer-offline', '--no-audit', '--no-fund']);
    expect(result.code, show(result)).toBe(0);
    expect(result.stdout).toContain(
      `journey-studio: fetching Electron ${ELECTRON_VERSION}'s binary from ${mirror.url}`,
    );
    expect(mirror.requests.map((r) => `${r.status} ${r.path}`)).toEqual([
      `200 /v${ELECTRON_VERSION}/electron-v${ELECTRON_VERSION}-linux-${process.arch}.zip`,
      `200 /v${ELECTRON_VERSION}/SHASUMS256.txt`,
    ]);
    const electronDir = join(app, 'node_modules', 'electron');
    expect(readFileSync(join(electronDir, 'path.txt'), 'utf8')).toBe('electron');
    expect(readFileSync(join(electronDir, 'dist', 'version'), 'utf8').trim()).toBe(ELECTRON_VERSION);
    expect(statSync(join(electronDir, 'dist', 'electron')).mode & 0o111).not.toBe(0);
    // The same install's prepare step built the CLI.
    expect(existsSync(join(app, 'out', 'cli', 'index.mjs'))).toBe(true);
  });

  it('npm start builds the app and launches that binary on the built main entry', async () => {
    const before = Date.now();
    rmSync(recordFile(), { force: true });
    const result = await npm(['start']);
    expect(result.code, show(result)).toBe(0);
    expect(result.stdout).toContain('stand-in Electron launched with: .');
    const record = parseLaunchRecord(readFileSync(recordFile(), 'utf8'));
    expect(record).toEqual({ cwd: app, initCwd: app, args: ['.'] });
    // "." is the app folder: Electron runs package.json's main, which this start has just built.
    const main = join(app, (JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as { main: string }).main);
    expect(main).toBe(join(app, 'out', 'main', 'index.js'));
    expect(statSync(main).mtimeMs).toBeGreaterThanOrEqual(before - 1000);
    expect(readFileSync(main, 'utf8')).toContain('requestSingleInstanceLock');
    for (const built of ['out/preload/index.cjs', 'out/renderer/index.html'])
      expect(existsSync(join(app, built)), built).toBe(true);
  });

  it('npm start -- my.journey hands the file, from the folder it was typed in, to the app', async () => {
    const maps = mkdtempSync(join(work, 'maps-'));
    rmSync(recordFile(), { force: true });
    const result = await npm(['--prefix', app, 'start', '--', 'my.journey'], { cwd: maps });
    expect(result.code, show(result)).toBe(0);
    const record = parseLaunchRecord(readFileSync(recordFile(), 'utf8'));
    expect(record.args).toEqual(['.', 'my.journey']);
    expect(record.initCwd).toBe(maps);
    // What main makes of that launch (electron/node/launchArgs): the user's file, not the repo's.
    const folder = launchFolder({ isPackaged: false, env: { INIT_CWD: record.initCwd }, cwd: record.cwd });
    expect(journeyPathsFromArgv(record.args, folder)).toEqual([join(maps, 'my.journey')]);
  });

  it('npm run dist:dir packs the app and the web editor with electron-builder, fetching Electron from the mirror, and flips the fuses', async () => {
    const asked = mirror.requests.length;
    const result = await npm(['run', 'dist:dir']);
    expect(result.code, show(result)).toBe(0);
    // electron-builder's own download (through @electron/get) honours ELECTRON_MIRROR.
    expect(mirror.requests.slice(asked).map((r) => `${r.status} ${r.path}`)).toEqual([
      `200 /v${ELECTRON_VERSION}/electron-v${ELECTRON_VERSION}-linux-${process.arch}.zip`,
      `200 /v${ELECTRON_VERSION}/SHASUMS256.txt`,
    ]);
    const unpacked = join(app, 'dist', process.arch === 'x64' ? 'linux-unpacked' : `linux-${process.arch}-unpacked`);
    const executable = join(unpacked, 'journey-studio');
    expect(statSync(executable).mode & 0o111).not.toBe(0);

    // Only the built app and its runtime dependencies are packed: no sources, tests or maps.
    const packed = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false });
    for (const file of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html'])
      expect(packed, file).toContain(file);
    expect(packed.filter((f) => /^\/(electron|renderer|shared|tests|scripts|build)\//.test(f))).toEqual([]);
    expect(packed.filter((f) => f.startsWith('/out/') && /\.(map|ts|tsx)$/.test(f))).toEqual([]);
    expect(packed).toContain('/node_modules/electron-store/package.json');
    // The web editor a hosted workshop's participants load: services.ts serves out/web from app.asar.
    expect(packed).toContain('/out/web/index.html');
    expect(packed.filter((f) => /^\/out\/web\/assets\/[^/]+\.js$/.test(f)).length).toBeGreaterThan(0);
    // Join workshop's socket tunnel runs in main on ws, a runtime dependency now.
    expect(packed).toContain('/node_modules/ws/package.json');

    // Read back from the packaged binary: what build/fuses.cjs and electron-builder.yml set.
    const wire = await getCurrentFuseWire(executable);
    const state = (name: keyof typeof FuseV1Options) => String.fromCharCode(wire[FuseV1Options[name]] as number);
    const expected = {
      RunAsNode: '0',
      EnableCookieEncryption: '1',
      EnableNodeOptionsEnvironmentVariable: '0',
      EnableNodeCliInspectArguments: '0',
      EnableEmbeddedAsarIntegrityValidation: '1',
      OnlyLoadAppFromAsar: '1',
      LoadBrowserProcessSpecificV8Snapshot: '0',
      GrantFileProtocolExtraPrivileges: '1',
    } as const;
    const actual = Object.fromEntries(
      Object.keys(expected).map((name) => [name, state(name as keyof typeof expected)]),
    );
    expect(actual).toEqual(expected);
    expect(Object.values(expected).join('')).not.toBe(DEFAULT_FUSES);
    // build/fuses.cjs ran after packing and read its fuses back; then electron-builder's electronFuses.
    expect(result.stdout).toMatch(
      /build\/fuses\.cjs: fuses read back from .*journey-studio: RunAsNode off, EnableNodeOptionsEnvironmentVariable off, EnableNodeCliInspectArguments off, EnableEmbeddedAsarIntegrityValidation on, OnlyLoadAppFromAsar on/,
    );
    expect(result.stdout).toContain('executing @electron/fuses');
  });

  it('npm start says in one line what to do when the binary cannot be fetched', async () => {
    const electronDir = join(app, 'node_modules', 'electron');
    rmSync(join(electronDir, 'dist'), { recursive: true, force: true });
    rmSync(join(electronDir, 'path.txt'), { force: true });
    const missingMirror = `${mirror.url}no-such-release/`;
    const result = await npm(['start'], {
      env: env({ ELECTRON_MIRROR: missingMirror, electron_config_cache: join(work, 'cache', 'empty') }),
    });
    expect(result.code).toBe(1);
    const said = lines(result.stderr);
    expect(said, result.stderr).toHaveLength(1);
    expect(said[0]).toMatch(
      /^npm start: could not fetch Electron's binary from .*no-such-release\/ \(HTTPError: .*404/,
    );
    expect(said[0]).toContain('npx --no install-electron');
    expect(said[0]).toContain('npm run web');
    expect(mirror.requests.at(-1)?.status).toBe(404);
    expect(existsSync(join(electronDir, 'path.txt'))).toBe(false);
  });

  it('npm start does not download when ELECTRON_SKIP_BINARY_DOWNLOAD is set, and says so', async () => {
    const asked = mirror.requests.length;
    const result = await npm(['start'], { env: env({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }) });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/ELECTRON_SKIP_BINARY_DOWNLOAD is set.*npm run web/)]);
    expect(mirror.requests.length).toBe(asked);
  });

  it('asked nothing of the mirror beyond Electron’s release files', () => {
    expect(mirror.requests.filter((r) => r.path.startsWith('/builder-binaries/'))).toEqual([]);
  });
});
