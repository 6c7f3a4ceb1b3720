/**
 * `journey-studio serve` in a process of its own, from the sources (vite-node), for the tests
 * that kill it: the same runCli as the built executable, without a build first.
 */
import { runCli } from '../../../electron/cli/run';

// vite-node's own Vite server exits the process on SIGTERM (code 143) before serve could save;
// the built executable has no such listener, so the harness takes it away.
process.removeAllListeners('SIGTERM');
process.removeAllListeners('SIGINT');

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  version: '0.0.0-test',
});
