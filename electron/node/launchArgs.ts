/** Files named on the command line: `npm start -- my.journey`, the packaged executable, a second launch. */
import { isAbsolute, resolve } from 'node:path';

/**
 * The `.journey` paths among the arguments, made absolute against the folder the user launched
 * from. Flags and Electron's own arguments (the app path ".") are skipped.
 */
export function journeyPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  const paths = argv
    .filter((arg) => !arg.startsWith('-') && /\.journey$/i.test(arg))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
  return [...new Set(paths)];
}

/**
 * The folder relative paths are meant from. npm runs scripts in the package folder but keeps the
 * user's folder in INIT_CWD, so `npm start -- my.journey` means the user's my.journey.
 */
export function launchFolder(options: { isPackaged: boolean; env: NodeJS.ProcessEnv; cwd: string }): string {
  return !options.isPackaged && options.env.INIT_CWD ? options.env.INIT_CWD : options.cwd;
}
