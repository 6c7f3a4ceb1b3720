/** Dot voting: the vote in the Y.Doc, and the host's checks of every dot (docs/workshop.md "Dot voting"). */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WorkshopRoom } from '../../../electron/node/workshop/workshopRoom';
import { loadJourneyTextV2, serializeJourneyV2, type JourneyV2 } from '../../../shared/model/v2';
import {
  closeVote,
  dotCounts,
  journeyFromDoc,
  journeyWithVotes,
  myDots,
  openVote,
  placeDot,
  readControls,
  readDots,
  removeDot,
  clientVoterKey,
  voterKeyFor,
} from '../../../shared/workshop';
import { sampleCopy } from './workshopClients';

/** One participant's replica of the room: change it, then hand the room what changed as one update. */
class Replica {
  readonly doc = new Y.Doc();
  constructor(private readonly room: WorkshopRoom) {
    this.sync();
  }
  sync(): void {
    Y.applyUpdate(this.doc, this.room.stateUpdate());
  }
  /** The update `change` makes, as the client would send it. */
  edit(change: (doc: Y.Doc) => void): Uint8Array {
    this.sync();
    const vector = Y.encodeStateVector(this.doc);
    change(this.doc);
    return Y.encodeStateAsUpdate(this.doc, vector);
  }
}

/** The sample map with a second touchpoint's pain point, so that there is something to choose between. */
function votingCopy(): string {
  const path = sampleCopy();
  const loaded = loadJourneyTextV2(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error('the sample is not valid');
  const [first, second] = loaded.journey.touchpoints;
  second!.painPoints.push({ ...structuredClone(first!.painPoints[0]!), id: 'pain-chair', text: 'The chair is cold' });
  writeFileSync(path, serializeJourneyV2(loaded.journey));
  return path;
}

const painPointIds = (journey: JourneyV2) => journey.touchpoints.flatMap((tp) => tp.painPoints.map((p) => p.id));
const onDisk = (path: string): JourneyV2 => {
  const loaded = loadJourneyTextV2(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error('invalid file on disk');
  return loaded.journey;
};

describe('the vote in the Y.Doc', () => {
  it('opens, takes at most N dots per replica, counts them and closes into the journey', async () => {
    const room = await WorkshopRoom.open(votingCopy(), { saveDelayMs: 60_000 });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, room.stateUpdate());
    await room.close();
    const read = journeyFromDoc(doc);
    if (!read.ok) throw new Error('no journey');
    const [first, second] = painPointIds(read.journey);
    const me = voterKeyFor('a'.repeat(43));
    expect(placeDot(doc, me, first!, null)).toBe(false); // no vote open
    openVote(doc, 'painPoints', 2, null);
    expect(readControls(doc)?.vote).toEqual({ on: 'painPoints', dots: 2 });
    expect(placeDot(doc, me, first!, null)).toBe(true);
    expect(placeDot(doc, me, first!, null)).toBe(true);
    expect(placeDot(doc, me, second!, null)).toBe(false); // both dots placed
    expect(removeDot(doc, me, first!, null)).toBe(true);
    expect(removeDot(doc, me, second!, null)).toBe(false); // none there
    expect(placeDot(doc, me, second!, null)).toBe(true);
    expect(myDots(doc, me)).toEqual([first, second]);
    expect(dotCounts(doc)).toEqual(
      new Map([
        [first, 1],
        [second, 1],
      ]),
    );
    expect(closeVote(doc, null)).toBe(true);
    expect(readControls(doc)?.vote).toBeUndefined();
    expect(readDots(doc).size).toBe(0);
    const closed = journeyFromDoc(doc);
    if (!closed.ok) throw new Error('invalid after close');
    const votes = closed.journey.touchpoints.flatMap((tp) => tp.painPoints).map((p) => [p.id, p.votes]);
    expect(votes.filter(([, n]) => n !== undefined)).toEqual([
      [first, 1],
      [second, 1],
    ]);
  });

  it('a new vote replaces the earlier counts of its kind only', () => {
    const journey = loadJourneyTextV2(readFileSync(votingCopy(), 'utf8'));
    if (!journey.ok) throw new Error('no journey');
    const withOld = journeyWithVotes(
      journey.journey,
      'opportunities',
      new Map([[journey.journey.touchpoints[0]!.opportunities[0]?.id ?? 'x', 4]]),
    );
    const [pain] = painPointIds(withOld);
    const next = journeyWithVotes(withOld, 'painPoints', new Map([[pain!, 2]]));
    expect(next.touchpoints.flatMap((tp) => tp.painPoints).find((p) => p.id === pain)?.votes).toBe(2);
    expect(next.touchpoints.flatMap((tp) => tp.opportunities)).toEqual(
      withOld.touchpoints.flatMap((tp) => tp.opportunities),
    );
  });
});

describe('the host checks every dot', () => {
  it('refuses a vote opened by someone who is not the facilitator', async () => {
    const room = await WorkshopRoom.open(votingCopy(), { saveDelayMs: 60_000 });
    const mallory = new Replica(room);
    const admission = await room.admit(mallory.edit((doc) => openVote(doc, 'painPoints', 3, null)));
    expect(admission.accepted).toBe(false);
    expect(readControls(room.doc)?.vote).toBeUndefined();
    await room.close();
  });

  it('without a voter secret (an older page): refuses more than N dots, the wrong kind, another’s name, no vote open', async () => {
    const path = votingCopy();
    const room = await WorkshopRoom.open(path, { saveDelayMs: 60_000 });
    const ids = painPointIds(room.journey);
    const lead = new Replica(room);
    const alice = new Replica(room);
    const bob = new Replica(room);
    expect(
      await room.admit(
        lead.edit((doc) => openVote(doc, 'painPoints', 2, null)),
        { facilitator: true },
      ),
    ).toEqual({
      accepted: true,
    });
    expect(await room.admit(alice.edit((doc) => void placeDot(doc, clientVoterKey(doc), ids[0]!, null)))).toEqual({
      accepted: true,
    });
    expect(await room.admit(alice.edit((doc) => void placeDot(doc, clientVoterKey(doc), ids[1]!, null)))).toEqual({
      accepted: true,
    });
    // A third dot, written past the client's own limit.
    const third = await room.admit(
      alice.edit((doc) => doc.getMap('dots').set(String(doc.clientID), [ids[0], ids[1], ids[0]])),
    );
    expect(third).toMatchObject({ accepted: false, problems: [{ message: 'at most 2 dots per participant' }] });
    // Bob writing under Alice's key: removing her dots, or adding to them.
    const forged = await room.admit(bob.edit((doc) => doc.getMap('dots').set(String(alice.doc.clientID), [])));
    expect(forged).toMatchObject({
      accepted: false,
      problems: [{ message: 'a dot can only be placed or removed by its owner' }],
    });
    const cleared = await room.admit(bob.edit((doc) => doc.getMap('dots').delete(String(alice.doc.clientID))));
    expect(cleared).toMatchObject({
      accepted: false,
      problems: [{ message: 'only the facilitator can clear the dots' }],
    });
    const stray = await room.admit(bob.edit((doc) => doc.getMap('dots').set(String(doc.clientID), ['no-such-id'])));
    expect(stray).toMatchObject({ accepted: false, problems: [{ message: 'no pain point with the id "no-such-id"' }] });
    expect(dotCounts(room.doc)).toEqual(
      new Map([
        [ids[0], 1],
        [ids[1], 1],
      ]),
    );
    // Bob's own dot counts.
    expect(await room.admit(bob.edit((doc) => void placeDot(doc, clientVoterKey(doc), ids[0]!, null)))).toEqual({
      accepted: true,
    });
    expect(dotCounts(room.doc).get(ids[0]!)).toBe(2);
    // The facilitator closes: the counts are in the journey and, once saved, in the file.
    expect(
      await room.admit(
        lead.edit((doc) => void closeVote(doc, null)),
        { facilitator: true },
      ),
    ).toEqual({
      accepted: true,
    });
    const late = await room.admit(bob.edit((doc) => doc.getMap('dots').set(String(doc.clientID), [ids[1]])));
    expect(late).toMatchObject({ accepted: false, problems: [{ message: 'no vote is open' }] });
    await room.save();
    const saved = onDisk(path).touchpoints.flatMap((tp) => tp.painPoints);
    expect(saved.find((p) => p.id === ids[0])?.votes).toBe(2);
    expect(saved.find((p) => p.id === ids[1])?.votes).toBe(1);
    await room.close();
  });

  it('with voter secrets: a dot is the person’s, kept by their next page, refused under anyone else’s key', async () => {
    const room = await WorkshopRoom.open(votingCopy(), { saveDelayMs: 60_000 });
    const ids = painPointIds(room.journey);
    const alice = { facilitator: false, voter: voterKeyFor('A'.repeat(43)) };
    const bob = { facilitator: false, voter: voterKeyFor('B'.repeat(43)) };
    const lead = new Replica(room);
    await room.admit(
      lead.edit((doc) => openVote(doc, 'painPoints', 2, null)),
      { facilitator: true },
    );
    const alicePage = new Replica(room);
    expect(
      await room.admit(
        alicePage.edit((doc) => void placeDot(doc, alice.voter, ids[0]!, null)),
        alice,
      ),
    ).toEqual({
      accepted: true,
    });
    // Bob's connection writing under Alice's key, which anyone can read in the document.
    const bobPage = new Replica(room);
    const forged = await room.admit(
      bobPage.edit((doc) => doc.getMap('dots').set(alice.voter, [])),
      bob,
    );
    expect(forged).toMatchObject({
      accepted: false,
      problems: [{ message: 'a dot can only be placed or removed by its owner' }],
    });
    // Nor under his page's client id, nor may a page without a secret write a voter key.
    const clientKey = await room.admit(
      bobPage.edit((doc) => doc.getMap('dots').set(clientVoterKey(doc), [ids[0]])),
      bob,
    );
    expect(clientKey).toMatchObject({ accepted: false });
    const legacy = new Replica(room);
    const legacyForged = await room.admit(legacy.edit((doc) => doc.getMap('dots').set(alice.voter, [])));
    expect(legacyForged).toMatchObject({ accepted: false });
    expect(readDots(room.doc).get(alice.voter)).toEqual([ids[0]]);
    // Alice reloads: a new page, a new client id, the same secret. Her dot is hers to take back,
    // she has one dot left, not two more.
    const reloaded = new Replica(room);
    expect(reloaded.doc.clientID).not.toBe(alicePage.doc.clientID);
    expect(myDots(reloaded.doc, alice.voter)).toEqual([ids[0]]);
    expect(
      await room.admit(
        reloaded.edit((doc) => void placeDot(doc, alice.voter, ids[1]!, null)),
        alice,
      ),
    ).toEqual({
      accepted: true,
    });
    const third = await room.admit(
      reloaded.edit((doc) => doc.getMap('dots').set(alice.voter, [ids[0], ids[1], ids[1]])),
      alice,
    );
    expect(third).toMatchObject({ accepted: false, problems: [{ message: 'at most 2 dots per participant' }] });
    expect(
      await room.admit(
        reloaded.edit((doc) => void removeDot(doc, alice.voter, ids[0]!, null)),
        alice,
      ),
    ).toEqual({
      accepted: true,
    });
    expect(readDots(room.doc)).toEqual(new Map([[alice.voter, [ids[1]]]]));
    await room.close();
  });

  it('derives a voter key that does not show the secret and is the same for the same secret', () => {
    const secret = 'Zz0_-'.repeat(9).slice(0, 43);
    expect(voterKeyFor(secret)).toBe(voterKeyFor(secret));
    expect(voterKeyFor(secret)).toMatch(/^v[0-9a-f]{32}$/);
    expect(voterKeyFor(secret)).not.toContain(secret.slice(0, 8));
    expect(voterKeyFor(secret)).not.toBe(voterKeyFor(`${secret.slice(0, -1)}A`));
  });
});
