/**
 * Several hosts of one map through Redis (Hocuspocus' Redis extension): a participant on each
 * host sees the other's edits. Uses Debian's redis-server, started here on a free loopback port
 * with nothing written to disk; skipped, saying why, where redis-server is not installed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkshopServer, type RunningWorkshop } from '../../../electron/node/workshop/workshopServer';
import { applyJourneyToDoc, journeyFromDoc } from '../../../shared/workshop';
import type { JourneyV2 } from '../../../shared/model/v2';
import { eventually, joinAs, sampleCopy, type TestParticipant } from './workshopClients';

const redisServer = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
const haveRedis = redisServer.status === 0;
if (!haveRedis) {
  console.warn('redisFanOut.test.ts skipped: redis-server is not installed (apt-get install -y redis-server)');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe.skipIf(!haveRedis)('hosts sharing a map through Redis', { timeout: 60_000 }, () => {
  let redis: ChildProcess;
  let redisUrl: string;
  const hosts: RunningWorkshop[] = [];
  const participants: TestParticipant[] = [];

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    redis.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    await eventually(() => /Ready to accept connections/.test(out), `redis-server to start (${out})`, 20_000);
    redisUrl = `redis://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    participants.forEach((participant) => participant.destroy());
    await Promise.all(hosts.map((host) => host.close()));
    redis?.kill('SIGTERM');
  });

  it('carries each host’s participants’ edits to the other host’s', async () => {
    // Two copies of one map, as two machines would hold it.
    for (let i = 0; i < 2; i++) {
      hosts.push(await startWorkshopServer({ journeyPath: sampleCopy(), webRoot: null, redisUrl }));
    }
    const [alice, bob] = hosts.map((host) => {
      const participant = joinAs(host.url, host.token);
      participants.push(participant);
      return participant;
    }) as [TestParticipant, TestParticipant];
    await Promise.all([alice.synced, bob.synced]);
    const edit = (who: TestParticipant, change: (journey: JourneyV2) => void) => {
      const draft = structuredClone(who.journey());
      change(draft);
      applyJourneyToDoc(who.doc, draft);
    };
    edit(alice, (j) => (j.title = 'Through Redis'));
    await eventually(() => bob.journey().title === 'Through Redis', 'Bob, on the other host, to see Alice’s title');
    edit(bob, (j) => (j.stages[0]!.name = 'Back again'));
    await eventually(() => alice.journey().stages[0]!.name === 'Back again', 'Alice to see Bob’s stage');
    // Both hosts keep the change for their own file.
    await eventually(
      () => hosts.every((host) => host.room.journey.stages[0]!.name === 'Back again'),
      'both hosts to hold the last edit',
    );
    expect(hosts[0]!.room.journey.title).toBe('Through Redis');
    expect(hosts[1]!.room.journey.title).toBe('Through Redis');
  });

  it('mends two changes that clash across the hosts the same way for everyone', async () => {
    const [alice, bob] = participants as [TestParticipant, TestParticipant];
    const edit = (who: TestParticipant, change: (journey: JourneyV2) => void) => {
      const draft = structuredClone(who.journey());
      change(draft);
      applyJourneyToDoc(who.doc, draft);
    };
    // In the same moment: Alice deletes the treatment stage, Bob adds a card to it.
    edit(alice, (j) => {
      const gone = new Set([...j.touchpoints, ...j.steps].filter((c) => c.stageId === 'stage-treat').map((c) => c.id));
      j.stages = j.stages.filter((s) => s.id !== 'stage-treat');
      j.touchpoints = j.touchpoints.filter((t) => !gone.has(t.id));
      j.steps = j.steps.filter((s) => !gone.has(s.id));
      j.connections = j.connections.filter((c) => !gone.has(c.from) && !gone.has(c.to));
    });
    edit(bob, (j) => {
      const [first] = j.touchpoints;
      j.touchpoints.push({
        ...first!,
        id: 'tp-xray',
        stageId: 'stage-treat',
        title: 'X-ray',
        painPoints: [],
        opportunities: [],
        metrics: [],
      });
    });
    const mended = (doc: TestParticipant['doc']) => {
      const read = journeyFromDoc(doc);
      return read.ok && read.journey.stages.length === 1 && read.journey.touchpoints.some((t) => t.id === 'tp-xray');
    };
    await eventually(() => mended(alice.doc) && mended(bob.doc), 'both participants to hold the mended map');
    for (const who of [alice, bob])
      expect(who.journey().touchpoints.find((t) => t.id === 'tp-xray')?.stageId).toBe('stage-book');
    await eventually(
      () => hosts.every((host) => host.room.journey.touchpoints.some((t) => t.id === 'tp-xray')),
      'both hosts to keep the mended map for their files',
    );
    expect(hosts[0]!.room.journey).toEqual(hosts[1]!.room.journey);
  });
});
