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
    expect(placeDot(doc, first!, null)).toBe(false); // no vote open
    openVote(doc, 'painPoints', 2, null);
    expect(readControls(doc)?.vote).toEqual({ on: 'painPoints', dots: 2 });
    expect(placeDot(doc, first!, null)).toBe(true);
    expect(placeDot(doc, first!, null)).toBe(true);
    expect(placeDot(doc, second!, null)).toBe(false); // both dots placed
    expect(removeDot(doc, first!, null)).toBe(true);
    expect(removeDot(doc, second!, null)).toBe(false); // none there
    expect(placeDot(doc, second!, null)).toBe(true);
    expect(myDots(doc)).toEqual([first, second]);
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

  it('refuses more than N dots, dots of the wrong kind, dots in another’s name and dots with no vote open', async () => {
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
    expect(await room.admit(alice.edit((doc) => void placeDot(doc, ids[0]!, null)))).toEqual({ accepted: true });
    expect(await room.admit(alice.edit((doc) => void placeDot(doc, ids[1]!, null)))).toEqual({ accepted: true });
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
    expect(await room.admit(bob.edit((doc) => void placeDot(doc, ids[0]!, null)))).toEqual({ accepted: true });
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
});
