#!/usr/bin/env node
/**
 * `npm install`'s postinstall: fetch Electron's binary now, so that `npm start` opens the app.
 * Skipped when ELECTRON_SKIP_BINARY_DOWNLOAD=1 (CI, closed networks); a failed download does not
 * fail the install, since the CLI and the browser build need no Electron: `npm start` says what
 * to do instead.
 */
import {
  HOW_TO_INSTALL,
  downloadSkipped,
  downloadSource,
  electronBinaryStatus,
  runElectronInstaller,
} from './electron-binary.mjs';

const status = electronBinaryStatus();
if (status.installed) process.exit(0);
if (status.version === undefined) {
  // Installed without dev dependencies (--omit=dev): no desktop app to run, nothing to fetch.
  process.exit(0);
}
if (downloadSkipped()) {
  console.log(
    `journey-studio: ELECTRON_SKIP_BINARY_DOWNLOAD is set, so Electron's binary was not fetched (\`npm start\` will need it).`,
  );
  process.exit(0);
}
const source = downloadSource();
console.log(`journey-studio: fetching Electron ${status.version}'s binary from ${source} …`);
const result = await runElectronInstaller();
if (!result.ok)
  console.warn(
    `journey-studio: could not fetch Electron's binary from ${source} (${result.error}); to open the desktop app, ${HOW_TO_INSTALL}.`,
  );
