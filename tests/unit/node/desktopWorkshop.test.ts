/** File > Host workshop's controller in main: starts the real host on a file, refuses unsaved or unnamed maps. */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DesktopWorkshop } from '../../../electron/node/workshop/desktopWorkshop';
import { loadJourneyTextV2 } from '../../../shared/model/v2';
import { applyJourneyToDoc } from '../../../shared/workshop';
import { eventually, joinAs, sampleCopy, type TestParticipant } from '../workshop/workshopClients';

const controllers: DesktopWorkshop[] = [];
const participants: TestParticipant[] = [];

function controller(): DesktopWorkshop {
  // A long save delay: only stopping saves, so the test proves that stop saves.
  const desktop = new DesktopWorkshop({ webRoot: null, server: { saveDelayMs: 60_000, maxSaveDelayMs: 60_000 } });
  controllers.push(desktop);
  return desktop;
}

afterEach(async () => {
  participants.splice(0).forEach((participant) => participant.destroy());
  await Promise.all(controllers.splice(0).map((desktop) => desktop.stop()));
});

describe('the desktop workshop controller', () => {
  it('hosts the saved file on loopback; a participant with the join link edits; stopping saves the edit', async () => {
    const path = sampleCopy();
    const desktop = controller();
    const started = await desktop.start({ path, dirty: false, onNetwork: false, name: 'Dana' });
    if (started.status !== 'hosting') throw new Error(JSON.stringify(started));
    expect(started.fileName).toBe('map.journey');
    expect(started.onNetwork).toBe(false);
    const join = new URL(started.joinUrl);
    expect(join.hostname).toBe('127.0.0.1');
    const token = join.hash.replace(/^#join=/, '');
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(started.facilitateUrl.startsWith(started.joinUrl)).toBe(true);

    const alice = joinAs(join.origin, token, { name: 'Alice' });
    participants.push(alice);
    await alice.synced;
    await eventually(
      () => desktop.status().status === 'hosting' && JSON.stringify(desktop.status()).includes('"Alice"'),
      'Alice in the participants list',
    );
    const draft = structuredClone(alice.journey());
    draft.title = 'Edited in the workshop';
    applyJourneyToDoc(alice.doc, draft);
    // Give the change time to reach the host; with the long save delay nothing is written yet.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(readFileSync(path, 'utf8')).not.toContain('Edited in the workshop');

    await expect(desktop.stop()).resolves.toEqual({ status: 'idle' });
    const saved = loadJourneyTextV2(readFileSync(path, 'utf8'));
    if (!saved.ok) throw new Error('the saved file is not a valid journey');
    expect(saved.journey.title).toBe('Edited in the workshop');
    expect(desktop.status()).toEqual({ status: 'idle' });
  });

  it('refuses a map with unsaved changes or without a file, and a second workshop', async () => {
    const desktop = controller();
    await expect(desktop.start({ path: null, dirty: false, onNetwork: false })).resolves.toMatchObject({
      status: 'refused',
      reason: 'no-file',
    });
    await expect(desktop.start({ path: sampleCopy(), dirty: true, onNetwork: false })).resolves.toMatchObject({
      status: 'refused',
      reason: 'unsaved',
    });
    expect(desktop.status()).toEqual({ status: 'idle' });
    expect((await desktop.start({ path: sampleCopy(), dirty: false, onNetwork: false })).status).toBe('hosting');
    await expect(desktop.start({ path: sampleCopy(), dirty: false, onNetwork: false })).resolves.toMatchObject({
      status: 'refused',
      reason: 'already-hosting',
    });
  });

  it('refuses an invalid file, naming the problem, and leaves it untouched', async () => {
    const path = sampleCopy();
    writeFileSync(path, '{"formatVersion": 2}');
    const result = await controller().start({ path, dirty: false, onNetwork: false });
    expect(result).toMatchObject({ status: 'refused', reason: 'invalid-file' });
    expect('message' in result && result.message).toMatch(/^map\.journey: /);
    expect(readFileSync(path, 'utf8')).toBe('{"formatVersion": 2}');
  });

  it('listens on the network when asked', async () => {
    const started = await controller().start({ path: sampleCopy(), dirty: false, onNetwork: true });
    expect(started).toMatchObject({ status: 'hosting', onNetwork: true });
  });
});
