import { execSync } from 'node:child_process';
import { electronBinary } from './electronBinary';

/** Builds main, preload and renderer when there is a binary to run them; says plainly why not otherwise. */
export default function globalSetup(): void {
  const binary = electronBinary();
  if ('missing' in binary) {
    console.log(
      `\n[electron] SKIPPED: ${binary.missing}. These specs run on a machine where \`npm install\` could download Electron.\n`,
    );
    return;
  }
  execSync('npx electron-vite build', { stdio: 'inherit' });
}
