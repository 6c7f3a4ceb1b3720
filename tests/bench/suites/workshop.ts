/**
 * Live workshops (issue 13): `journey-studio serve` (the built CLI, out/cli) in a process of its
 * own on a 300-touchpoint map, and 10 participants (Hocuspocus providers in this process) making
 * 1,000 edits between them, one after another, each a card's title through the same
 * applyJourneyToDoc the editor uses. Measured: the time from an edit to every other participant
 * having it (p50, p95; goal p95 under 100 ms on loopback), the host's CPU time and resident
 * memory (from /proc, Linux only), the time to save the file and compact the log, and the frame
 * times of a participant in Chromium (joined by the link, out/bench-web served by the host) while
 * it pans the map, with and without remote edits arriving (goal: p95 within 1.25x).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { WorkshopRoom } from '../../../electron/node/workshop/workshopRoom';
import { serializeJourneyV2 } from '../../../shared/model/v2';
import { applyJourneyToDoc, ITEMS_KEY } from '../../../shared/workshop';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium';
import { eventually, joinAs, type TestParticipant } from '../../unit/workshop/workshopClients';
import { panFrames, percentile, waitForSettled, zoomOutFully } from '../frames';
import { guestJourney } from '../guestJourney';
import type { BenchRow, BenchSuite } from '../types';

const TOUCHPOINTS = 300;
const PARTICIPANTS = 10;
const EDITS = 1000;
const TARGET_P95_MS = 100;
/** The browser participant's pan: frame p95 while remote edits arrive within 1.25x of without. */
const FRAME_RATIO_TARGET = 1.25;
const REMOTE_EDITS_PER_SECOND = 20;
/** Rounds of each kind, each a pan there and back (about two seconds a round here). */
const PAN_ROUNDS = 2;
const benchWeb = fileURLToPath(new URL('../../../out/bench-web/', import.meta.url));
const bin = fileURLToPath(new URL('../../../bin/journey-studio.mjs', import.meta.url));
const builtCli = fileURLToPath(new URL('../../../out/cli/index.mjs', import.meta.url));

/** A touchpoint's title as it stands in a participant's document, read without building the journey. */
function titleIn(doc: Y.Doc, touchpointId: string): unknown {
  const collection = doc.getMap('journey').get('touchpoints') as Y.Map<unknown> | undefined;
  const items = collection?.get(ITEMS_KEY) as Y.Map<Y.Map<unknown>> | undefined;
  return items?.get(touchpointId)?.get('title');
}

/** CPU seconds (user + system) and resident memory of a process, from /proc; null elsewhere. */
function processUsage(pid: number): { cpuMs: number; rssMb: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 a second on Linux).
    const ticks = Number(fields[11]) + Number(fields[12]);
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return { cpuMs: ticks * 10, rssMb: rssKb / 1024 };
  } catch {
    return null;
  }
}

/** `journey-studio serve <file>` (the built CLI) in a process of its own, once it prints its join link. */
async function serveHost(file: string, env: NodeJS.ProcessEnv = process.env) {
  if (!existsSync(builtCli)) throw new Error('the CLI is not built: run "npm run build:cli" (npm run bench does)');
  const host = spawn(process.execPath, [bin, 'serve', file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  host.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  host.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const stop = async () => {
    if (host.exitCode !== null) return;
    host.kill('SIGTERM');
    await new Promise((resolve) => host.on('exit', resolve));
  };
  try {
    await eventually(() => /^join: \S+$/m.test(out), `serve to print its join line (${err})`, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  const link = /^join: (\S+)$/m.exec(out)![1]!;
  return { host, link, errors: () => err, stop };
}

/** The participants, joined and synced, by the host's join link. */
async function joinParticipants(link: string): Promise<TestParticipant[]> {
  const join = new URL(link);
  const token = join.hash.replace(/^#join=/, '');
  const participants = Array.from({ length: PARTICIPANTS }, () => joinAs(join.origin, token));
  await Promise.all(participants.map((p) => p.synced));
  return participants;
}

async function measureSync(file: string): Promise<BenchRow[]> {
  const { host, link, stop } = await serveHost(file);
  const participants: TestParticipant[] = [];
  try {
    participants.push(...(await joinParticipants(link)));
    const before = processUsage(host.pid!);
    // Each participant keeps the journey its editor would hold, and edits it.
    const journeys = participants.map((p) => p.journey());
    const latencies: number[] = [];
    const started = performance.now();
    for (let edit = 0; edit < EDITS; edit++) {
      const author = edit % PARTICIPANTS;
      const touchpoint = `t${(edit * 7) % TOUCHPOINTS}`;
      const title = `Edit ${edit} by participant ${author}`;
      const others = participants.filter((_, i) => i !== author);
      const arrived = Promise.all(
        others.map(
          (other) =>
            new Promise<void>((resolve) => {
              const check = () => {
                if (titleIn(other.doc, touchpoint) !== title) return;
                other.doc.off('update', check);
                resolve();
              };
              other.doc.on('update', check);
            }),
        ),
      );
      const t0 = performance.now();
      const next = structuredClone(journeys[author]!);
      next.touchpoints.find((t) => t.id === touchpoint)!.title = title;
      applyJourneyToDoc(participants[author]!.doc, next);
      journeys[author] = next;
      await arrived;
      latencies.push(performance.now() - t0);
      // The others' editors now hold the edit too.
      for (const [i, journey] of journeys.entries()) {
        if (i !== author) journey.touchpoints.find((t) => t.id === touchpoint)!.title = title;
      }
    }
    const elapsed = performance.now() - started;
    const after = processUsage(host.pid!);
    latencies.sort((a, b) => a - b);
    const rows: BenchRow[] = [
      {
        suite: 'workshop',
        metric: `edit to all ${PARTICIPANTS - 1} others, p50`,
        value: percentile(latencies, 50),
        unit: 'ms',
      },
      {
        suite: 'workshop',
        metric: `edit to all ${PARTICIPANTS - 1} others, p95`,
        value: percentile(latencies, 95),
        unit: 'ms',
        target: { op: '<=', value: TARGET_P95_MS },
        note: `${EDITS} edits one after another on a ${TOUCHPOINTS}-touchpoint map, loopback`,
      },
    ];
    if (before && after) {
      rows.push(
        {
          suite: 'workshop',
          metric: 'host CPU while editing (% of one core)',
          value: ((after.cpuMs - before.cpuMs) / elapsed) * 100,
          unit: 'count',
          note: `over ${(elapsed / 1000).toFixed(1)} s (validating and logging every edit)`,
        },
        { suite: 'workshop', metric: 'host resident memory', value: after.rssMb, unit: 'MB' },
      );
    }
    return rows;
  } finally {
    participants.forEach((p) => p.destroy());
    await stop();
  }
}

/**
 * A card renamed in a participant's document: the one field applyJourneyToDoc writes for a title
 * edit, without diffing the whole map in this process, which also drives the browser.
 */
function renameIn(doc: Y.Doc, touchpointId: string, title: string): void {
  const collection = doc.getMap('journey').get('touchpoints') as Y.Map<unknown>;
  const card = (collection.get(ITEMS_KEY) as Y.Map<Y.Map<unknown>>).get(touchpointId)!;
  doc.transact(() => card.set('title', title));
}

/** Frames of one pan over the canvas: 60 wheel steps one way and 60 back (the way the editor suite pans). */
async function panThereAndBack(page: Page): Promise<number[]> {
  return [...(await panFrames(page, 1)), ...(await panFrames(page, -1))];
}

/**
 * A participant in Chromium, joined by the link with a name, pans the map zoomed out as far as it
 * goes (every card on screen): rounds without remote edits and rounds while the Node participants
 * rename cards at a steady rate, taken in turns so that the shared machine's load falls on both.
 */
async function measureFrames(file: string): Promise<BenchRow[]> {
  if (!existsSync(join(benchWeb, 'index.html')))
    throw new Error('the web editor is not built for the bench: run "npm run bench" (it builds out/bench-web)');
  const { link, stop, errors } = await serveHost(file, { ...process.env, JOURNEY_STUDIO_WEB_ROOT: benchWeb });
  const participants: TestParticipant[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    participants.push(...(await joinParticipants(link)));
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(link);
    await page.getByRole('textbox', { name: 'Your name' }).fill('Bench participant');
    await page.getByRole('button', { name: 'Join' }).click();
    await page
      .getByRole('textbox', { name: 'Journey title' })
      .and(page.locator('[value="Workshop benchmark"]'))
      .waitFor({ timeout: 120_000 })
      .catch((error: Error) => {
        throw new Error(`the browser did not open the served map: ${error.message} (${errors()})`);
      });
    await waitForSettled(page, '.react-flow__node-touchpoint');
    await zoomOutFully(page);
    await waitForSettled(page, '.react-flow__node-touchpoint');
    const visible = await page.locator('.react-flow__node-touchpoint').count();
    // The first pan also pays for first paints; it is not measured.
    await panThereAndBack(page);

    let edits = 0;
    let lastTitle = '';
    const editOnce = () => {
      const author = edits % PARTICIPANTS;
      lastTitle = `Live edit ${edits} by participant ${author}`;
      renameIn(participants[author]!.doc, `t${(edits * 7) % TOUCHPOINTS}`, lastTitle);
      edits++;
    };
    const quiet: number[] = [];
    const busy: number[] = [];
    let quietMs = 0;
    let editingMs = 0;
    for (let round = 0; round < PAN_ROUNDS; round++) {
      const quietStart = performance.now();
      quiet.push(...(await panThereAndBack(page)));
      quietMs += performance.now() - quietStart;
      const timer = setInterval(editOnce, 1000 / REMOTE_EDITS_PER_SECOND);
      const started = performance.now();
      try {
        busy.push(...(await panThereAndBack(page)));
      } finally {
        clearInterval(timer);
        editingMs += performance.now() - started;
      }
    }
    // The edits did reach the page: the last one is on its map.
    await page
      .getByRole('button', { name: `Touchpoint ${lastTitle}`, exact: true })
      .waitFor({ state: 'attached', timeout: 30_000 });
    await page.close();

    const quietP95 = percentile(quiet, 95);
    const busyP95 = percentile(busy, 95);
    const rate = edits / (editingMs / 1000);
    const suiteName = 'workshop browser';
    return [
      { suite: suiteName, metric: 'pan frame p50, no remote edits', value: percentile(quiet, 50), unit: 'ms' },
      { suite: suiteName, metric: 'pan frame p95, no remote edits', value: quietP95, unit: 'ms' },
      { suite: suiteName, metric: 'pan frame p50, remote edits arriving', value: percentile(busy, 50), unit: 'ms' },
      { suite: suiteName, metric: 'pan frame p95, remote edits arriving', value: busyP95, unit: 'ms' },
      {
        suite: suiteName,
        metric: 'pan p95 with remote edits vs without',
        value: busyP95 / quietP95,
        unit: 'ratio',
        target: { op: '<=', value: FRAME_RATIO_TARGET },
        note: `${edits} card titles from ${PARTICIPANTS} participants at ${rate.toFixed(1)}/s over ${(editingMs / 1000).toFixed(1)} s of panning (${(quietMs / 1000).toFixed(1)} s without); ${quiet.length} and ${busy.length} frames; ${visible} cards on screen`,
      },
    ];
  } finally {
    participants.forEach((p) => p.destroy());
    await browser.close();
    await stop();
  }
}

/** The save the host makes after changes: the safe save of the file and the log's compaction. */
async function measureSave(file: string): Promise<BenchRow[]> {
  const room = await WorkshopRoom.open(file, { saveDelayMs: 60_000 });
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const replica = new Y.Doc();
    Y.applyUpdate(replica, room.stateUpdate());
    const vector = Y.encodeStateVector(replica);
    const next = structuredClone(room.journey);
    next.title = `Save ${run}`;
    applyJourneyToDoc(replica, next);
    await room.admit(Y.encodeStateAsUpdate(replica, vector));
    const start = performance.now();
    await room.save();
    times.push(performance.now() - start);
  }
  await room.close();
  times.sort((a, b) => a - b);
  return [
    {
      suite: 'workshop',
      metric: 'save the file and compact the log',
      value: percentile(times, 50),
      unit: 'ms',
      note: `median of 7 on the ${TOUCHPOINTS}-touchpoint map (fsync'd writes)`,
    },
  ];
}

const suite: BenchSuite = {
  name: 'workshop',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'journey-bench-workshop-'));
    const file = join(dir, 'workshop.journey');
    writeFileSync(file, serializeJourneyV2(guestJourney(TOUCHPOINTS, 'bench-workshop', 'Workshop benchmark')));
    const saveFile = join(dir, 'save.journey');
    copyFileSync(file, saveFile);
    const framesFile = join(dir, 'frames.journey');
    copyFileSync(file, framesFile);
    return [...(await measureSync(file)), ...(await measureFrames(framesFile)), ...(await measureSave(saveFile))];
  },
};

export default suite;
