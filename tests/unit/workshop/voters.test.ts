/**
 * A voter is a person (docs/workshop.md "Dot voting"): sessions against a real host, where the
 * voter secret rides in the token, the host keys the connection's dots to it, two pages with
 * one secret share one set of dots, and older tokens without a secret still vote per page.
 */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  startWorkshopServer,
  parseOfferedToken,
  type RunningWorkshop,
} from '../../../electron/node/workshop/workshopServer';
import type { Problem } from '../../../shared/model/types';
import type { JourneyV2 } from '../../../shared/model/v2';
import { parseJoinLink } from '../../../renderer/workshop/workshopLink';
import { newVoterSecret, voterSecretFor } from '../../../renderer/workshop/voterSecret';
import { startWorkshopSession, type WorkshopSession } from '../../../renderer/workshop/workshopSession';
import {
  clientVoterKey,
  dotCounts,
  myDots,
  openVote,
  placeDot,
  readDots,
  removeDot,
  voterKeyFor,
} from '../../../shared/workshop';
import { sha256Hex } from '../../../shared/workshop/sha256';
import { eventually, joinAs, sampleCopy, type TestParticipant } from './workshopClients';

const hosts: RunningWorkshop[] = [];
const sessions: WorkshopSession[] = [];
const clients: TestParticipant[] = [];

afterEach(async () => {
  sessions.splice(0).forEach((session) => session.destroy());
  clients.splice(0).forEach((client) => client.destroy());
  await Promise.all(hosts.splice(0).map((host) => host.close()));
});

async function host(): Promise<RunningWorkshop> {
  const workshop = await startWorkshopServer({ journeyPath: sampleCopy(), webRoot: null });
  hosts.push(workshop);
  return workshop;
}

/** A session with an editor that only keeps what it is given. */
function join(url: string, voterSecret?: string) {
  const parsed = parseJoinLink(url);
  if (parsed.kind !== 'link') throw new Error('not a join link');
  let journey: JourneyV2 | null = null;
  const refused: Problem[][] = [];
  const session = startWorkshopSession({
    link: parsed.link,
    editor: { subscribe: () => () => undefined, applyRemote: (next) => void (journey = next) },
    user: { name: 'Someone', color: '#17bebb' },
    offlineStore: false,
    WebSocketPolyfill: WebSocket,
    ...(voterSecret ? { voterSecret } : {}),
    onRefused: (problems) => refused.push(problems),
  });
  sessions.push(session);
  return { session, refused, journey: () => journey };
}

const painPoints = (journey: JourneyV2 | null) => journey!.touchpoints.flatMap((tp) => tp.painPoints.map((p) => p.id));

describe('voters across pages', { timeout: 60_000 }, () => {
  it('keeps a person’s dots across a reload, shares them between two pages, and refuses a forged key', async () => {
    const workshop = await host();
    const lead = join(workshop.facilitateUrl);
    const secret = newVoterSecret();
    const alice = join(workshop.joinUrl, secret);
    const bob = join(workshop.joinUrl);
    await Promise.all([lead.session.ready, alice.session.ready, bob.session.ready]);
    expect(alice.session.voterKey).toBe(voterKeyFor(secret));
    expect(bob.session.voterKey).not.toBe(alice.session.voterKey);
    openVote(lead.session.doc, 'painPoints', 2, null);
    await eventually(
      () => placeDot(alice.session.doc, alice.session.voterKey, painPoints(alice.journey())[0]!, null),
      'the vote to reach Alice',
    );
    await eventually(() => myDots(workshop.room.doc, alice.session.voterKey).length === 1, 'Alice’s dot at the host');

    // Bob writes under Alice's key (once he has her dot, so his write is a change): refused, put back for everyone.
    await eventually(() => myDots(bob.session.doc, alice.session.voterKey).length === 1, 'Alice’s dot at Bob’s');
    bob.session.doc.getMap('dots').set(alice.session.voterKey, []);
    await eventually(() => bob.refused.length === 1, 'the refusal');
    expect(bob.refused[0]![0]!.message).toBe('a dot can only be placed or removed by its owner');
    await eventually(() => myDots(bob.session.doc, alice.session.voterKey).length === 1, 'Alice’s dot put back');

    // Alice reloads: a new page with the same secret sees her dot, takes it back and has 2 to place, not 4.
    alice.session.destroy();
    const again = join(workshop.joinUrl, secret);
    await again.session.ready;
    await eventually(() => myDots(again.session.doc, again.session.voterKey).length === 1, 'her dot on the new page');
    // (The sample has one pain point; one item may take several dots.)
    const [first] = painPoints(again.journey());
    expect(removeDot(again.session.doc, again.session.voterKey, first!, null)).toBe(true);
    expect(placeDot(again.session.doc, again.session.voterKey, first!, null)).toBe(true);
    expect(placeDot(again.session.doc, again.session.voterKey, first!, null)).toBe(true);
    expect(placeDot(again.session.doc, again.session.voterKey, first!, null)).toBe(false);
    // A second page of hers at the same time sees the same dots as its own.
    const tab = join(workshop.joinUrl, secret);
    await tab.session.ready;
    await eventually(
      () => myDots(tab.session.doc, tab.session.voterKey).length === 2,
      'the same dots in her other tab',
    );
    await eventually(
      () =>
        JSON.stringify([...readDots(workshop.room.doc)]) === JSON.stringify([[voterKeyFor(secret), [first, first]]]),
      'the host to hold only her two dots',
    );
    expect(again.refused).toEqual([]);
  });

  it('still lets a page that offers no secret vote under its client id, and refuses a malformed secret', async () => {
    const workshop = await host();
    const lead = join(workshop.facilitateUrl);
    await lead.session.ready;
    openVote(lead.session.doc, 'painPoints', 1, null);
    const old = joinAs(workshop.url, workshop.token);
    clients.push(old);
    await old.synced;
    await eventually(() => placeDot(old.doc, clientVoterKey(old.doc), painPoints(old.journey())[0]!, null), 'the vote');
    await eventually(() => [...dotCounts(workshop.room.doc).values()].join() === '1', 'the old page’s dot counted');
    expect(old.stateless).toEqual([]);

    const malformed = joinAs(workshop.url, `${workshop.token}..not a secret`);
    clients.push(malformed);
    expect(await malformed.authenticationFailed).toBeTruthy();
  });

  it('reads the token’s parts as older and newer pages offer them', () => {
    const secret = 'S'.repeat(43);
    expect(parseOfferedToken('room')).toEqual({ room: 'room' });
    expect(parseOfferedToken('room.lead')).toEqual({ room: 'room', lead: 'lead' });
    expect(parseOfferedToken(`room..${secret}`)).toEqual({ room: 'room', voter: secret });
    expect(parseOfferedToken(`room.lead.${secret}`)).toEqual({ room: 'room', lead: 'lead', voter: secret });
    for (const bad of ['room.', `room..short`, `room.lead.${secret}.more`, 42, null]) {
      expect(parseOfferedToken(bad)).toBeNull();
    }
  });

  it('keeps one secret per room in storage', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    } as Storage;
    const first = voterSecretFor('a'.repeat(43), storage);
    expect(voterSecretFor('a'.repeat(43), storage)).toBe(first);
    expect(voterSecretFor('b'.repeat(43), storage)).not.toBe(first);
    expect([...store.keys()].join()).not.toContain('a'.repeat(43));
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(voterSecretFor('a'.repeat(43), refusing)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('sha256Hex', () => {
  it('is SHA-256, as Node computes it, for short and multi-block texts', () => {
    for (const text of [
      '',
      'abc',
      'journey-studio voter\nx',
      'é'.repeat(40),
      'a'.repeat(55),
      'a'.repeat(64),
      'z'.repeat(1000),
    ]) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});
