import { describe, expect, it } from 'vitest';
import { blueprintLines } from '../../../shared/layout/blueprintLines';

describe('blueprintLines', () => {
  it('draws the three lines of a service blueprint where the zones meet', () => {
    expect(blueprintLines(['actions', 'touchpoints', 'frontstage', 'backstage', 'support', 'evidence'])).toEqual([
      { kind: 'interaction', laneIndex: 2 },
      { kind: 'visibility', laneIndex: 3 },
      { kind: 'internal', laneIndex: 4 },
    ]);
  });

  it('draws none on a journey map (the customer side only) or a single lane', () => {
    expect(blueprintLines(['actions', 'touchpoints', 'thoughts'])).toEqual([]);
    expect(blueprintLines(['touchpoints'])).toEqual([]);
    expect(blueprintLines([])).toEqual([]);
  });

  it('draws every line a jump crosses, on the same lane', () => {
    expect(blueprintLines(['touchpoints', 'backstage'])).toEqual([
      { kind: 'interaction', laneIndex: 1 },
      { kind: 'visibility', laneIndex: 1 },
    ]);
    expect(blueprintLines(['touchpoints', 'support'])).toHaveLength(3);
  });

  it('looks past notes lanes, and draws nothing where the lanes go back up the blueprint', () => {
    expect(blueprintLines(['touchpoints', 'notes', 'frontstage'])).toEqual([{ kind: 'interaction', laneIndex: 2 }]);
    expect(blueprintLines(['support', 'touchpoints'])).toEqual([]);
    expect(blueprintLines(['frontstage', 'touchpoints', 'frontstage'])).toEqual([
      { kind: 'interaction', laneIndex: 2 },
    ]);
  });
});
