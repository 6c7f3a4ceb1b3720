/**
 * Is Electron's binary installed, and how to install it. Electron 45 no longer fetches its binary
 * when the package is installed: `require('electron')` or its `install-electron` command does, on
 * first use. electron-vite only reads node_modules/electron/path.txt, so `npm start` and the
 * postinstall step ask here and run Electron's own installer (node_modules/electron/install.js).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron');
export const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';

/** What to run when the binary is missing, and where to go meanwhile. */
export const HOW_TO_INSTALL =
  'run `npx --no install-electron` where GitHub (or an ELECTRON_MIRROR) can be reached, or use the browser build: `npm run web`';

/** The executable inside dist/, as Electron's installer writes it into path.txt. */
function platformPath(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * The same test Electron's installer makes before downloading: path.txt names this platform's
 * executable, dist/version is this package's version, and the executable exists.
 * @returns {{ installed: true, path: string, version: string } | { installed: false, reason: string, version?: string }}
 */
export function electronBinaryStatus({
  electronDir = ELECTRON_DIR,
  env = process.env,
  platform = process.platform,
} = {}) {
  let version;
  try {
    version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  } catch {
    return { installed: false, reason: 'the electron package is not installed (run `npm install`)' };
  }
  const expected = platformPath(env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || platform);
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, expected);
    return existsSync(path)
      ? { installed: true, path, version }
      : { installed: false, version, reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${expected}` };
  }
  const read = (name) => {
    try {
      return readFileSync(join(electronDir, name), 'utf8');
    } catch {
      return undefined;
    }
  };
  const pathTxt = read('path.txt');
  if (pathTxt === undefined)
    return { installed: false, version, reason: `Electron ${version}'s binary is not installed` };
  const distVersion = read(join('dist', 'version'))?.trim().replace(/^v/, '');
  if (pathTxt !== expected)
    return {
      installed: false,
      version,
      reason: `node_modules/electron/dist holds another platform's Electron (${pathTxt})`,
    };
  if (distVersion !== version)
    return {
      installed: false,
      version,
      reason: `the Electron binary in node_modules/electron/dist is ${distVersion ? `version ${distVersion}` : 'incomplete'}, not ${version}`,
    };
  const path = join(electronDir, 'dist', pathTxt);
  return existsSync(path)
    ? { installed: true, path, version }
    : { installed: false, version, reason: `Electron's binary is missing at ${path}` };
}

/** ELECTRON_SKIP_BINARY_DOWNLOAD is set to something other than 0/false/empty. */
export function downloadSkipped(env = process.env) {
  const value = (env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? env.npm_config_electron_skip_binary_download ?? '').trim();
  return value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/** Where Electron's downloader will fetch from (it reads the same variables). */
export function downloadSource(env = process.env) {
  return env.npm_config_electron_mirror || env.NPM_CONFIG_ELECTRON_MIRROR || env.ELECTRON_MIRROR || DEFAULT_MIRROR;
}

/**
 * Runs Electron's own installer, which downloads the zip for this platform, checks it against the
 * checksums (shipped in the package, or the mirror's SHASUMS256.txt with
 * electron_use_remote_checksums=1), and unpacks it into node_modules/electron/dist.
 * Its output passes through; its error is summed up in one line.
 * @returns {Promise<{ ok: true } | { ok: false, error: string }>}
 */
export function runElectronInstaller({ electronDir = ELECTRON_DIR, env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], {
      cwd: electronDir,
      env,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolve({ ok: false, error: error.message }));
    child.on('close', (code, signal) => {
      if (code === 0) return resolve({ ok: true });
      resolve({
        ok: false,
        error: firstErrorLine(stderr) ?? `the installer ended with ${signal ?? `exit code ${code}`}`,
      });
    });
  });
}

/** The message line of a stack trace ("HTTPError: Response code 404 (Not Found) for http://…"). */
export function firstErrorLine(stderr) {
  const line = stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('at '));
  return line === undefined ? undefined : line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
