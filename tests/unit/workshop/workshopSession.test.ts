/**
 * The editor's side of a workshop, in Node against a real host: edits both ways, undo of one's
 * own changes only, the host's refusal reaching the editor, and edits made while the host was
 * down merging when it is back (IndexedDB through fake-indexeddb).
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWorkshopServer, type RunningWorkshop } from '../../../electron/node/workshop/workshopServer';
import type { Problem } from '../../../shared/model/types';
import type { JourneyV2 } from '../../../shared/model/v2';
import { parseJoinLink } from '../../../renderer/workshop/workshopLink';
import {
  startWorkshopSession,
  type ChangeHistory,
  type WorkshopEditorPort,
  type WorkshopSession,
} from '../../../renderer/workshop/workshopSession';
import { readControls } from '../../../shared/workshop';
import { eventually, sampleCopy } from './workshopClients';

/** The editor as the session sees it: a journey, local commits, remote replacements. */
class FakeEditor implements WorkshopEditorPort {
  journey: JourneyV2 | null = null;
  private listeners = new Set<(event: { source: string; after: JourneyV2; history: ChangeHistory }) => void>();
  subscribe(listener: (event: { source: string; after: JourneyV2; history: ChangeHistory }) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  applyRemote(journey: JourneyV2) {
    this.journey = journey;
    this.listeners.forEach((listener) => listener({ source: 'remote', after: journey, history: { kind: 'none' } }));
  }
  commit(change: (draft: JourneyV2) => void, history: ChangeHistory = { kind: 'step' }) {
    const next = structuredClone(this.journey!);
    change(next);
    this.journey = next;
    this.listeners.forEach((listener) => listener({ source: 'canvas', after: next, history }));
  }
}

const hosts: RunningWorkshop[] = [];
const sessions: WorkshopSession[] = [];

afterEach(async () => {
  sessions.splice(0).forEach((session) => session.destroy());
  await Promise.all(hosts.splice(0).map((host) => host.close()));
});

async function host(journeyPath = sampleCopy(), port = 0): Promise<RunningWorkshop> {
  const workshop = await startWorkshopServer({ journeyPath, webRoot: null, port });
  hosts.push(workshop);
  return workshop;
}

function participant(
  workshop: { joinUrl: string },
  name: string,
  offlineStore: string | false = false,
  url = workshop.joinUrl,
) {
  const parsed = parseJoinLink(url);
  if (parsed.kind !== 'link') throw new Error('not a join link');
  const editor = new FakeEditor();
  const refused: Problem[][] = [];
  const session = startWorkshopSession({
    link: parsed.link,
    editor,
    user: { name, color: '#17bebb' },
    offlineStore,
    WebSocketPolyfill: WebSocket,
    onRefused: (problems) => refused.push(problems),
  });
  sessions.push(session);
  return { editor, session, refused };
}

describe('a workshop session', { timeout: 60_000 }, () => {
  it('parses join links and refuses malformed ones', () => {
    const token = 'a'.repeat(43);
    expect(parseJoinLink(`http://10.0.0.5:4321/#join=${token}`)).toEqual({
      kind: 'link',
      link: { syncUrl: 'ws://10.0.0.5:4321/workshop', token, origin: 'http://10.0.0.5:4321' },
    });
    expect(parseJoinLink('https://example.org/#join=' + token)).toMatchObject({
      link: { syncUrl: 'wss://example.org/workshop' },
    });
    expect(parseJoinLink('http://10.0.0.5:4321/')).toEqual({ kind: 'none' });
    expect(parseJoinLink('http://10.0.0.5:4321/#join=short')).toEqual({ kind: 'invalid' });
    expect(parseJoinLink('http://10.0.0.5:4321/#join=')).toEqual({ kind: 'invalid' });
    expect(parseJoinLink('not a link')).toEqual({ kind: 'invalid' });
  });

  it('carries edits both ways and undoes only one’s own', async () => {
    const workshop = await host();
    const alice = participant(workshop, 'Alice');
    const bob = participant(workshop, 'Bob');
    await Promise.all([alice.session.ready, bob.session.ready]);
    alice.editor.commit((j) => (j.title = 'Alice’s title'));
    await eventually(() => bob.editor.journey?.title === 'Alice’s title', 'Bob to get Alice’s title');
    bob.editor.commit((j) => (j.stages[0]!.name = 'Bob’s stage'));
    await eventually(() => alice.editor.journey?.stages[0]!.name === 'Bob’s stage', 'Alice to get Bob’s stage');
    expect(alice.session.undo()).toBe(true);
    await eventually(() => bob.editor.journey?.title !== 'Alice’s title', 'Alice’s undo to reach Bob');
    expect(alice.editor.journey!.stages[0]!.name).toBe('Bob’s stage');
    expect(alice.session.redo()).toBe(true);
    await eventually(() => bob.editor.journey?.title === 'Alice’s title', 'the redo to reach Bob');
  });

  it('makes typing in one field one undo step, and a new step after it a second', async () => {
    const workshop = await host();
    const alice = participant(workshop, 'Alice');
    const original = (await alice.session.ready).title;
    for (const title of ['T', 'Ty', 'Typ', 'Typed'])
      alice.editor.commit((j) => (j.title = title), { kind: 'merge', group: 'typing:title' });
    alice.editor.commit((j) => (j.stages[0]!.name = 'Renamed'));
    alice.session.undo();
    await eventually(() => alice.editor.journey!.stages[0]!.name !== 'Renamed', 'the rename undone');
    expect(alice.editor.journey!.title).toBe('Typed');
    alice.session.undo();
    await eventually(() => alice.editor.journey!.title === original, 'the typing undone in one step');
  });

  it('tells the editor when the host refused its change, and puts the map back', async () => {
    const workshop = await host();
    const alice = participant(workshop, 'Alice');
    const before = await alice.session.ready;
    const card = before.touchpoints[0]!;
    alice.editor.commit((j) => (j.touchpoints[0]!.stageId = 'stage-gone'));
    await eventually(() => alice.refused.length > 0, 'the refusal');
    await eventually(
      () => alice.editor.journey!.touchpoints[0]!.stageId === card.stageId,
      'the card back in its stage',
    );
  });

  it('shares each participant’s cursor, and ignores one that is not two finite numbers', async () => {
    const workshop = await host();
    const alice = participant(workshop, 'Alice');
    const bob = participant(workshop, 'Bob');
    await Promise.all([alice.session.ready, bob.session.ready]);
    const alicesCursor = () => bob.session.participants().find((p) => p.name === 'Alice')?.cursor;
    await eventually(() => alicesCursor() === null, 'Alice to be there without a cursor');
    alice.session.setPresence('cursor', { x: 120, y: -40 });
    await eventually(() => alicesCursor()?.x === 120, 'Alice’s cursor');
    expect(alicesCursor()).toEqual({ x: 120, y: -40 });
    // What another client announces is checked: a string, NaN, or a point far off any map is no cursor.
    for (const bad of [{ x: '1', y: 2 }, { x: Number.NaN, y: 2 }, { x: 1e9, y: 0 }, { x: 1 }, 'here']) {
      alice.session.setPresence('cursor', { x: 5, y: 5 });
      await eventually(() => alicesCursor()?.x === 5, 'a good cursor');
      alice.session.setPresence('cursor', bad);
      await eventually(() => alicesCursor() === null, `no cursor from ${JSON.stringify(bad)}`);
    }
    // The pointer left the canvas.
    alice.session.setPresence('cursor', { x: 5, y: 5 });
    await eventually(() => alicesCursor()?.x === 5, 'a good cursor');
    alice.session.setPresence('cursor', null);
    await eventually(() => alicesCursor() === null, 'the cursor gone');
  });

  it('lets the facilitator, and only the facilitator, bring everyone to some cards', async () => {
    const workshop = await host();
    const lead = participant(workshop, 'Facilitator', false, workshop.facilitateUrl);
    const alice = participant(workshop, 'Alice');
    const bob = participant(workshop, 'Bob');
    await Promise.all([lead.session.ready, alice.session.ready, bob.session.ready]);
    expect(lead.session.facilitator).toBe(true);
    expect(alice.session.facilitator).toBe(false);
    const seen: string[][] = [];
    bob.session.onGather((gather) => seen.push([gather.by, ...gather.ids]));
    lead.session.gatherEveryone(['tp-call']);
    await eventually(() => seen.length === 1, 'Bob to be brought to the card');
    expect(seen[0]).toEqual(['Facilitator', 'tp-call']);
    // A participant who tries the same (a modified client) is put back and told.
    alice.session.gatherEveryone(['tp-chair']);
    await eventually(() => alice.refused.length === 1, 'the refusal');
    expect(alice.refused[0]![0]!.message).toMatch(/only the facilitator/);
    await eventually(() => readControls(alice.session.doc)?.gather?.ids[0] === 'tp-call', 'Alice’s copy put back');
    expect(seen).toHaveLength(1);
  });

  it('shares the facilitator’s timer with everyone and refuses it from anyone else', async () => {
    const workshop = await host();
    const lead = participant(workshop, 'Facilitator', false, workshop.facilitateUrl);
    const alice = participant(workshop, 'Alice');
    await Promise.all([lead.session.ready, alice.session.ready]);
    lead.session.startTimer(300);
    await eventually(() => alice.session.timer()?.seconds === 300, 'Alice to see the timer');
    alice.session.stopTimer();
    await eventually(() => alice.refused.length === 1, 'the refusal');
    await eventually(() => alice.session.timer()?.seconds === 300, 'the timer put back');
    lead.session.stopTimer();
    await eventually(() => alice.session.timer() === undefined, 'the facilitator’s stop to reach Alice');
  });

  it('refuses a facilitator link with a wrong second token', async () => {
    const workshop = await host();
    const forged = participant(
      workshop,
      'Mallory',
      false,
      workshop.facilitateUrl.replace(/lead=.*/, `lead=${'B'.repeat(43)}`),
    );
    await eventually(() => forged.session.status() === 'refused', 'the host to refuse the forged facilitator link');
    expect(forged.editor.journey).toBeNull();
  });

  it('keeps edits made while the host is down and merges them when it is back', async () => {
    const file = sampleCopy();
    const first = await host(file);
    const port = first.port;
    const alice = participant(first, 'Alice', `offline-test-${Date.now()}`);
    const bob = participant(first, 'Bob');
    await Promise.all([alice.session.ready, bob.session.ready]);
    await first.close();
    hosts.splice(hosts.indexOf(first), 1);
    await eventually(() => alice.session.status() === 'offline', 'Alice to notice the host is gone');
    alice.editor.commit((j) => (j.title = 'Written offline'));
    const second = await host(file, port);
    expect(second.joinUrl).toBe(first.joinUrl);
    await eventually(
      () => second.room.journey.title === 'Written offline',
      'the offline edit to reach the restarted host',
      20_000,
    );
    await eventually(() => bob.editor.journey?.title === 'Written offline', 'Bob to get it too', 20_000);
  });
});
