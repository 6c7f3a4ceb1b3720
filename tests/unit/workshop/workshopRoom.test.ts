/** The host's copy of the document: saving, the log across restarts, and a file changed while no host ran. */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WorkshopRoom, WorkshopFileError } from '../../../electron/node/workshop/workshopRoom';
import { loadJourneyTextV2, serializeJourneyV2, type JourneyV2 } from '../../../shared/model/v2';
import { applyJourneyToDoc, journeyFromDoc } from '../../../shared/workshop';
import { sampleCopy } from './workshopClients';

/** A participant's edit as the update its client would send, made on a replica of the room. */
function participantEdit(room: WorkshopRoom, change: (journey: JourneyV2) => void): Uint8Array {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, room.stateUpdate());
  const vector = Y.encodeStateVector(replica);
  const read = journeyFromDoc(replica);
  if (!read.ok) throw new Error('the room holds no valid journey');
  const draft = structuredClone(read.journey);
  change(draft);
  applyJourneyToDoc(replica, draft);
  return Y.encodeStateAsUpdate(replica, vector);
}

const onDisk = (path: string): JourneyV2 => {
  const loaded = loadJourneyTextV2(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error('invalid file on disk');
  return loaded.journey;
};

describe('the workshop room', () => {
  it('refuses a file validate refuses', async () => {
    const path = sampleCopy();
    writeFileSync(path, '{"format":"journey-studio","version":2,"stages":7}');
    await expect(WorkshopRoom.open(path)).rejects.toBeInstanceOf(WorkshopFileError);
  });

  it('saves accepted changes and never a refused one', async () => {
    const path = sampleCopy();
    const room = await WorkshopRoom.open(path, { saveDelayMs: 10_000 });
    expect(await room.admit(participantEdit(room, (j) => (j.title = 'Accepted')))).toEqual({ accepted: true });
    const refused = await room.admit(participantEdit(room, (j) => (j.stages[0]!.id = 'renamed-under-its-cards')));
    expect(refused.accepted).toBe(false);
    await room.save();
    expect(onDisk(path).title).toBe('Accepted');
    expect(onDisk(path).stages[0]!.id).not.toBe('renamed-under-its-cards');
    await room.close();
  });

  it('refuses bytes that are no Yjs update', async () => {
    const room = await WorkshopRoom.open(sampleCopy());
    await expect(room.admit(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]))).rejects.toThrow(/not a Yjs update/);
    await room.close();
  });

  it('merges a change made to the file while no host ran with the edits in the log', async () => {
    const path = sampleCopy();
    const first = await WorkshopRoom.open(path, { saveDelayMs: 60_000 });
    await first.admit(participantEdit(first, (j) => (j.stages[0]!.name = 'From the workshop')));
    await first.save();
    // Accepted after the save, then the host dies without saving again.
    await first.admit(participantEdit(first, (j) => (j.stages[1]!.name = 'After the save')));
    // Someone edits the file by hand meanwhile.
    const edited = onDisk(path);
    edited.title = 'Edited by hand';
    writeFileSync(path, serializeJourneyV2(edited));
    const reports: string[] = [];
    const second = await WorkshopRoom.open(path, { report: (line) => reports.push(line) });
    expect(second.journey.title).toBe('Edited by hand');
    expect(second.journey.stages[0]!.name).toBe('From the workshop');
    expect(second.journey.stages[1]!.name).toBe('After the save');
    expect(reports.join()).toMatch(/was changed since the workshop last saved it/);
    expect(onDisk(path).stages[1]!.name).toBe('After the save');
    await second.close();
  });
});
