#!/usr/bin/env node
/**
 * `npm start [-- file.journey …]`: build and open the desktop app (electron-vite preview), after
 * making sure Electron's binary is there. When it is missing, fetch it with Electron's own
 * installer, unless ELECTRON_SKIP_BINARY_DOWNLOAD is set; when that fails too, say so in one line
 * with what to run, instead of electron-vite's "Error: Electron uninstall".
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  HOW_TO_INSTALL,
  downloadSkipped,
  downloadSource,
  electronBinaryStatus,
  runElectronInstaller,
} from './electron-binary.mjs';

const fail = (message) => {
  process.stderr.write(`npm start: ${message}\n`);
  process.exit(1);
};

let status = electronBinaryStatus();
if (!status.installed && status.version !== undefined) {
  if (downloadSkipped())
    fail(`${status.reason} and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not fetched; ${HOW_TO_INSTALL}.`);
  const source = downloadSource();
  console.log(`npm start: ${status.reason}; fetching it from ${source} …`);
  const result = await runElectronInstaller();
  if (!result.ok) fail(`could not fetch Electron's binary from ${source} (${result.error}); ${HOW_TO_INSTALL}.`);
  status = electronBinaryStatus();
}
if (!status.installed) fail(`${status.reason}; ${HOW_TO_INSTALL}.`);

// electron-vite reads path.txt itself, or ELECTRON_EXEC_PATH, which also carries an override.
const env = { ...process.env, ELECTRON_EXEC_PATH: status.path };
const require = createRequire(import.meta.url);
const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [electronVite, 'preview', '--', ...process.argv.slice(2)], {
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
