/**
 * `journey-studio serve` as a process: the join line, saving on SIGTERM, and nothing
 * acknowledged lost when the process is killed outright (SIGKILL) and started again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { logPathFor } from '../../../electron/node/workshop/updateLog';
import { loadJourneyTextV2, type JourneyV2 } from '../../../shared/model/v2';
import { applyJourneyToDoc } from '../../../shared/workshop';
import { eventually, joinAs, sampleCopy, type TestParticipant } from './workshopClients';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = fileURLToPath(new URL('./serveProcess.ts', import.meta.url));
const viteNode = fileURLToPath(new URL('../../../node_modules/vite-node/dist/cli.mjs', import.meta.url));
/** The built executable (npm test builds it before the unit tests). */
const bin = fileURLToPath(new URL('../../../bin/journey-studio.mjs', import.meta.url));
const built = existsSync(new URL('../../../out/cli/index.mjs', import.meta.url));

interface ServeProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  url: string;
  token: string;
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];
const participants: TestParticipant[] = [];

afterEach(() => {
  participants.splice(0).forEach((participant) => participant.destroy());
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts serve on `file` (from the sources, or the built executable) and waits for its join line. */
async function serve(file: string, args: string[] = [], from: 'sources' | 'built' = 'sources'): Promise<ServeProcess> {
  const command = from === 'built' ? [bin] : [viteNode, script, '--'];
  const child = spawn(process.execPath, [...command, 'serve', file, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await Promise.race([
    eventually(() => /^join: \S+$/m.test(out), `the join line (stderr: ${err})`, 60_000),
    exited.then((code) => {
      throw new Error(`serve exited with ${code}: ${err}`);
    }),
  ]);
  const joinUrl = /^join: (\S+)$/m.exec(out)![1]!;
  const url = new URL(joinUrl);
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    url: url.origin,
    token: url.hash.replace(/^#join=/, ''),
    exited,
  };
}

function readSaved(file: string): JourneyV2 {
  const loaded = loadJourneyTextV2(readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error('the saved file is not valid');
  return loaded.journey;
}

async function participant(host: ServeProcess): Promise<TestParticipant> {
  const joined = joinAs(host.url, host.token);
  participants.push(joined);
  await joined.synced;
  return joined;
}

function edit(who: TestParticipant, change: (journey: JourneyV2) => void): void {
  const draft = structuredClone(who.journey());
  change(draft);
  applyJourneyToDoc(who.doc, draft);
}

describe('journey-studio serve', { timeout: 120_000 }, () => {
  it('refuses a file that validate refuses, with its exit code', async () => {
    const file = sampleCopy();
    writeFileSync(file, '{"format":"journey-studio","version":2}');
    const child = spawn(process.execPath, [viteNode, script, '--', 'serve', file], { cwd: root });
    children.push(child);
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(err).toMatch(/is not a valid journey file/);
  });

  it('prints the join link, warns about a LAN address, and saves on SIGTERM', async () => {
    const file = sampleCopy();
    const host = await serve(file, ['--host', '0.0.0.0', '--name', 'Facilitator']);
    expect(host.stdout()).toMatch(/^join: http:\/\/[^/]+:\d+\/#join=[A-Za-z0-9_-]{43}$/m);
    // stderr is another pipe: its line may arrive after the join line.
    await eventually(() => /^warning: listening on 0\.0\.0\.0/m.test(host.stderr()), 'the LAN warning');
    const alice = await participant({ ...host, url: host.url.replace(/\/\/[^:]+:/, '//127.0.0.1:') });
    edit(alice, (j) => (j.title = 'Saved on stop'));
    await eventually(() => alice.provider.hasUnsyncedChanges === false, 'the host to acknowledge');
    host.child.kill('SIGTERM');
    expect(await host.exited).toBe(0);
    expect(readSaved(file).title).toBe('Saved on stop');
    expect(existsSync(`${file}.bak`)).toBe(true);
  });

  it.skipIf(!built)(
    'the built executable ends by itself on SIGTERM or Ctrl+C, whether anyone joined or not',
    async () => {
      for (const [signal, joined] of [
        ['SIGTERM', false],
        ['SIGINT', false],
        ['SIGTERM', true],
      ] as const) {
        const host = await serve(sampleCopy(), [], 'built');
        if (joined) await participant(host);
        host.child.kill(signal);
        // With nobody joined, the shared document's awareness timer kept the process alive after it had saved.
        const ended = await Promise.race([
          host.exited,
          new Promise((done) => setTimeout(() => done('running'), 10_000)),
        ]);
        expect(ended, `${signal}, ${joined ? 'a participant there' : 'nobody joined'}`).toBe(0);
      }
    },
  );

  it('loses nothing acknowledged when killed outright, and goes on after a restart', async () => {
    const file = sampleCopy();
    const first = await serve(file);
    expect(first.stderr()).not.toMatch(/warning: listening/);
    const alice = await participant(first);
    for (let i = 1; i <= 20; i++) edit(alice, (j) => (j.stages[0]!.name = `Edit ${i}`));
    edit(alice, (j) => (j.title = 'Before the crash'));
    await eventually(() => alice.provider.hasUnsyncedChanges === false, 'the host to acknowledge every edit');
    first.child.kill('SIGKILL');
    await first.exited;
    // Killed before its save was due: the file is as it was, the log has the edits.
    expect(readSaved(file).title).not.toBe('Before the crash');
    expect(existsSync(logPathFor(file))).toBe(true);
    alice.destroy();

    const second = await serve(file);
    // The same join link: participants who kept editing reconnect.
    expect(second.token).toBe(first.token);
    // Replayed and saved at once.
    expect(readSaved(file).title).toBe('Before the crash');
    expect(readSaved(file).stages[0]!.name).toBe('Edit 20');
    const bob = await participant(second);
    expect(bob.journey().title).toBe('Before the crash');
    edit(bob, (j) => (j.title = 'After the restart'));
    await eventually(() => bob.provider.hasUnsyncedChanges === false, 'the restarted host to acknowledge');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(readSaved(file).title).toBe('After the restart');
  });
});
