/** Entry of the built CLI (out/cli/index.mjs). */
import { runCli } from './run';

declare const __APP_VERSION__: string;

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  version: __APP_VERSION__,
  // https://no-color.org: any non-empty NO_COLOR turns colour off.
  colour: process.stdout.isTTY === true && !process.env.NO_COLOR,
});
process.exitCode = code;
