/** Runs the `journey-studio` command line in-process and collects what it prints. */
import { runCli } from '../../electron/cli/run';

export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: process.cwd(),
    version: '9.9.9',
  });
  return { code, stdout, stderr };
}
