/**
 * Where the Electron binary is, or why there is none (scripts/electron-binary.mjs, which
 * `npm start` uses too). It reads the package's path.txt instead of require('electron'), which
 * would try to download the binary.
 */
import { electronBinaryStatus } from '../../scripts/electron-binary.mjs';

export function electronBinary(): { path: string } | { missing: string } {
  const status = electronBinaryStatus();
  return status.installed
    ? { path: status.path }
    : {
        missing: `${status.reason} (npm install ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or could not download it; \`npx --no install-electron\` fetches it)`,
      };
}
