/** The workshop host: who may join, what may be sent, and what happens to a change that breaks the journey. */
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import {
  startWorkshopServer,
  REFUSED_MESSAGE_TYPE,
  type RunningWorkshop,
} from '../../../electron/node/workshop/workshopServer';
import { applyJourneyToDoc, journeyFromDoc } from '../../../shared/workshop';
import type { JourneyV2 } from '../../../shared/model/v2';
import { eventually, joinAs, sampleCopy, syncUrl, type TestParticipant } from './workshopClients';

const running: RunningWorkshop[] = [];
const participants: TestParticipant[] = [];

async function host(options: Partial<Parameters<typeof startWorkshopServer>[0]> = {}): Promise<RunningWorkshop> {
  const workshop = await startWorkshopServer({ journeyPath: sampleCopy(), webRoot: null, ...options });
  running.push(workshop);
  return workshop;
}

function join(workshop: RunningWorkshop, token: string | null = workshop.token, name?: string): TestParticipant {
  const participant = joinAs(workshop.url, token, { ...(name ? { name } : {}) });
  participants.push(participant);
  return participant;
}

function edit(participant: TestParticipant, change: (journey: JourneyV2) => void): void {
  const draft = structuredClone(participant.journey());
  change(draft);
  applyJourneyToDoc(participant.doc, draft);
}

afterEach(async () => {
  participants.splice(0).forEach((participant) => participant.destroy());
  await Promise.all(running.splice(0).map((workshop) => workshop.close()));
});

describe('the workshop host', () => {
  it('lets in a participant with the room token and gives it the map', async () => {
    const workshop = await host();
    expect(workshop.token.length).toBeGreaterThanOrEqual(43);
    expect(workshop.joinUrl).toBe(`${workshop.url}/#join=${workshop.token}`);
    const alice = join(workshop);
    await alice.synced;
    expect(alice.journey().id).toBe(workshop.room.journey.id);
  });

  it('refuses a wrong or missing token and sends nothing of the map', async () => {
    const workshop = await host();
    for (const token of [`${workshop.token.slice(0, -1)}x`, null, '']) {
      const mallory = join(workshop, token);
      await expect(mallory.authenticationFailed).resolves.toBeTypeOf('string');
      expect(mallory.doc.getMap('journey').size).toBe(0);
    }
  });

  it('carries edits both ways between participants', async () => {
    const workshop = await host();
    const alice = join(workshop);
    const bob = join(workshop);
    await Promise.all([alice.synced, bob.synced]);
    edit(alice, (j) => (j.title = 'From Alice'));
    await eventually(() => bob.journey().title === 'From Alice', 'Bob to see Alice’s title');
    edit(bob, (j) => (j.stages[0]!.name = 'From Bob'));
    await eventually(() => alice.journey().stages[0]!.name === 'From Bob', 'Alice to see Bob’s stage');
  });

  it('undoes a change that makes the journey invalid, for the sender too, and others never see it', async () => {
    const workshop = await host();
    const alice = join(workshop);
    const bob = join(workshop);
    await Promise.all([alice.synced, bob.synced]);
    const before = alice.journey();
    const pain = before.touchpoints.find((t) => t.painPoints.length > 0)!;
    let bobSawInvalid = false;
    bob.doc.on('update', () => {
      if (!journeyFromDoc(bob.doc).ok) bobSawInvalid = true;
    });
    // Severity 7 and a dangling stage, written straight into the document as a modified client could.
    alice.doc.transact(() => {
      const items = (alice.doc.getMap('journey').get('touchpoints') as Y.Map<Y.Map<unknown>>).get('items') as Y.Map<
        Y.Map<unknown>
      >;
      const card = items.get(pain.id)!;
      const pains = (card.get('painPoints') as Y.Map<unknown>).get('items') as Y.Map<Y.Map<unknown>>;
      pains.get(pain.painPoints[0]!.id)!.set('severity', 7);
      card.set('stageId', 'stage-nowhere');
    });
    expect(journeyFromDoc(alice.doc).ok).toBe(false);
    await eventually(() => journeyFromDoc(alice.doc).ok, 'Alice’s copy to be put right');
    expect(alice.journey().touchpoints.find((t) => t.id === pain.id)).toEqual(pain);
    await eventually(() => alice.stateless.length > 0, 'the refusal notice');
    expect(JSON.parse(alice.stateless[0]!)).toMatchObject({ type: REFUSED_MESSAGE_TYPE });
    expect(alice.stateless[0]).toMatch(/severity/);
    // A valid edit afterwards still goes through, and Bob never held the invalid journey.
    edit(alice, (j) => (j.title = 'Still working'));
    await eventually(() => bob.journey().title === 'Still working', 'Bob to get the next edit');
    expect(bobSawInvalid).toBe(false);
    expect(workshop.room.journey.touchpoints.find((t) => t.id === pain.id)).toEqual(pain);
  });

  it('survives garbage, oversized messages and a flood, and keeps serving others', async () => {
    const workshop = await host({ limits: { maxMessageBytes: 64 * 1024, messagesPerSecond: 50, messageBurst: 100 } });
    const alice = join(workshop);
    await alice.synced;
    const raw = (payload: Buffer[] | Buffer) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(syncUrl(workshop.url));
        socket.on('open', () => {
          for (const chunk of Array.isArray(payload) ? payload : [payload]) socket.send(chunk);
        });
        socket.on('close', (code) => resolve(code));
        socket.on('error', () => undefined);
        setTimeout(() => socket.terminate(), 3000);
      });
    await raw(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x02]));
    await expect(raw(Buffer.alloc(200 * 1024, 7))).resolves.toBe(1009);
    // A flood from an authenticated participant: it is disconnected, the host stays up.
    const flooder = join(workshop);
    await flooder.synced;
    const cutOff = new Promise((resolve) => flooder.provider.on('close', resolve));
    for (let i = 0; i < 2000; i++) flooder.provider.setAwarenessField('cursor', { x: i, y: i });
    await cutOff;
    edit(alice, (j) => (j.title = 'After the storm'));
    const bob = join(workshop);
    await bob.synced;
    await eventually(() => bob.journey().title === 'After the storm', 'a new participant to get the latest edit');
    // Not an upgrade to the sync path, or bad HTTP: the host answers and goes on.
    const page = await fetch(workshop.url);
    expect(page.status).toBe(503);
    expect(await page.text()).toMatch(/npm run build:web/);
  });

  it('refuses an update that would take the document past its size cap', async () => {
    const workshop = await host({ maxDocumentBytes: 200_000 });
    const alice = join(workshop);
    await alice.synced;
    const refused = new Promise((resolve) => alice.provider.on('close', resolve));
    edit(alice, (j) => (j.description = 'x'.repeat(300_000)));
    await refused;
    const bob = join(workshop);
    await bob.synced;
    expect(bob.journey().description).not.toBe('x'.repeat(300_000));
  });
});
