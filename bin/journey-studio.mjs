#!/usr/bin/env node
// The package's executable: runs the CLI that `npm install` builds into out/cli (prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../out/cli/index.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write(
    'journey-studio: the command line is not built yet; run "npm run build:cli" in the project folder.\n',
  );
  process.exit(2);
}
await import(pathToFileURL(built).href);
