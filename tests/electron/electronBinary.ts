/**
 * Where the Electron binary is, or why there is none. We read the package's path.txt instead
 * of require('electron'), which would try to download the binary (and fail on a closed network).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ELECTRON_DIR = fileURLToPath(new URL('../../node_modules/electron/', import.meta.url));

export function electronBinary(): { path: string } | { missing: string } {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return { path: join(override, process.platform === 'win32' ? 'electron.exe' : 'electron') };
  const pathFile = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      missing:
        "Electron's binary is not installed (npm install ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or could not download it)",
    };
  }
  const binary = join(ELECTRON_DIR, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `Electron's binary is missing at ${binary}` };
}
