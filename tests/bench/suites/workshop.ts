/**
 * Live workshops (issue 13): `journey-studio serve` (the built CLI, out/cli) in a process of its
 * own on a 300-touchpoint map, and 10 participants (Hocuspocus providers in this process) making
 * 1,000 edits between them, one after another, each a card's title through the same
 * applyJourneyToDoc the editor uses. Measured: the time from an edit to every other participant
 * having it (p50, p95; goal p95 under 100 ms on loopback), the host's CPU time and resident
 * memory (from /proc, Linux only), and the time to save the file and compact the log.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { WorkshopRoom } from '../../../electron/node/workshop/workshopRoom';
import { serializeJourneyV2, type JourneyV2, type TouchpointV2 } from '../../../shared/model/v2';
import { applyJourneyToDoc, ITEMS_KEY } from '../../../shared/workshop';
import { eventually, joinAs, type TestParticipant } from '../../unit/workshop/workshopClients';
import type { BenchRow, BenchSuite } from '../types';

const TOUCHPOINTS = 300;
const PER_STAGE = 20;
const PARTICIPANTS = 10;
const EDITS = 1000;
const TARGET_P95_MS = 100;
const bin = fileURLToPath(new URL('../../../bin/journey-studio.mjs', import.meta.url));
const builtCli = fileURLToPath(new URL('../../../out/cli/index.mjs', import.meta.url));

function mapOf300(): JourneyV2 {
  const stages = Array.from({ length: TOUCHPOINTS / PER_STAGE }, (_, i) => ({ id: `s${i}`, name: `Stage ${i + 1}` }));
  const touchpoints: TouchpointV2[] = Array.from({ length: TOUCHPOINTS }, (_, i) => ({
    id: `t${i}`,
    stageId: `s${Math.floor(i / PER_STAGE)}`,
    laneId: 'lane-1',
    title: `Touchpoint ${i + 1}`,
    description: `What the guest does at step ${i + 1}, and what they expect from it.`,
    channel: ['website', 'email', 'in-person', 'phone'][i % 4]!,
    tier: (['utility', 'usability', 'delight'] as const)[i % 3]!,
    emotions: { 'persona-1': (i % 5) - 2 },
    momentOfTruth: i % 17 === 0,
    painPoints: i % 3 === 0 ? [{ id: `p${i}`, text: `Pain ${i}`, severity: (i % 5) + 1, source: 'direct' }] : [],
    opportunities: [],
    metrics: [],
    position: { x: 24 + (i % 2) * 260, y: 24 + Math.floor((i % PER_STAGE) / 2) * 150 },
  }));
  return {
    format: 'journey-studio',
    version: 2,
    id: 'bench-workshop',
    title: 'Workshop benchmark',
    personas: [{ id: 'persona-1', name: 'Guest', goals: [], needs: [], expectations: [] }],
    stages,
    lanes: [{ id: 'lane-1', name: 'Touchpoints', kind: 'touchpoints' }],
    touchpoints,
    steps: [],
    connections: touchpoints.slice(1).map((t, i) => ({ id: `c${i}`, from: touchpoints[i]!.id, to: t.id })),
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
  };
}

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

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function measureSync(file: string): Promise<BenchRow[]> {
  if (!existsSync(builtCli)) throw new Error('the CLI is not built: run "npm run build:cli" (npm run bench does)');
  const host = spawn(process.execPath, [bin, 'serve', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  host.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  host.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const participants: TestParticipant[] = [];
  try {
    await eventually(() => /^join: \S+$/m.test(out), `serve to print its join line (${err})`, 30_000);
    const join = new URL(/^join: (\S+)$/m.exec(out)![1]!);
    const token = join.hash.replace(/^#join=/, '');
    for (let i = 0; i < PARTICIPANTS; i++) participants.push(joinAs(join.origin, token));
    await Promise.all(participants.map((p) => p.synced));
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
    host.kill('SIGTERM');
    await new Promise((resolve) => host.on('exit', resolve));
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
    writeFileSync(file, serializeJourneyV2(mapOf300()));
    const saveFile = join(dir, 'save.journey');
    copyFileSync(file, saveFile);
    return [...(await measureSync(file)), ...(await measureSave(saveFile))];
  },
};

export default suite;
