/** The facilitator's controls: well-formed or refused, as the host checks them. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  MAX_TIMER_SECONDS,
  controlsFingerprint,
  controlsRoot,
  gatherEveryone,
  readControls,
  restoreControls,
  startTimer,
  stopTimer,
} from '../../../shared/workshop';

describe('workshop controls', () => {
  it('reads what the facilitator set', () => {
    const doc = new Y.Doc();
    gatherEveryone(doc, ['tp-1', 'tp-2'], 'Facilitator', null);
    gatherEveryone(doc, ['tp-1', 'tp-2'], 'Facilitator', null);
    startTimer(doc, 300, 1_000_000, null);
    expect(readControls(doc)).toEqual({
      gather: { ids: ['tp-1', 'tp-2'], by: 'Facilitator', seq: 2 },
      timer: { endsAt: 1_300_000, seconds: 300 },
    });
    stopTimer(doc, null);
    expect(readControls(doc)?.timer).toBeUndefined();
  });

  it('clamps a timer to a second .. a workshop day', () => {
    const doc = new Y.Doc();
    startTimer(doc, 0.2, 0, null);
    expect(readControls(doc)?.timer?.seconds).toBe(1);
    startTimer(doc, 10 ** 9, 0, null);
    expect(readControls(doc)?.timer?.seconds).toBe(MAX_TIMER_SECONDS);
  });

  it('finds anything else not well-formed', () => {
    for (const [key, value] of [
      ['unknown', 1],
      ['gather', { ids: [1], by: 'x', seq: 1 }],
      ['gather', { ids: [], by: 'x'.repeat(61), seq: 1 }],
      ['timer', { endsAt: -1, seconds: 10 }],
      ['timer', { endsAt: 10, seconds: MAX_TIMER_SECONDS + 1 }],
      ['timer', 'soon'],
    ] as const) {
      const doc = new Y.Doc();
      controlsRoot(doc).set(key, value);
      expect(readControls(doc), `${key}: ${JSON.stringify(value)}`).toBeNull();
    }
  });

  it('puts the controls back to an earlier fingerprint', () => {
    const doc = new Y.Doc();
    startTimer(doc, 60, 0, null);
    const before = controlsFingerprint(doc);
    stopTimer(doc, null);
    gatherEveryone(doc, ['tp-1'], 'Mallory', null);
    restoreControls(doc, before, null);
    expect(readControls(doc)).toEqual({ timer: { endsAt: 60_000, seconds: 60 } });
  });
});
