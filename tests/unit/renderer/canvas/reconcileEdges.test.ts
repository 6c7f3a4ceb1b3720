import { describe, expect, it } from 'vitest';
import { createConnection } from '../../../../shared/model';
import { buildEdges } from '../../../../renderer/canvas/buildFlow';
import { reconcileEdges } from '../../../../renderer/canvas/reconcile';
import { sampleJourney } from '../../../helpers/editFixtures';

const journey = {
  ...sampleJourney(),
  connections: [
    createConnection('tp-a', 'tp-b', { id: 'flow-1' }),
    createConnection('tp-b', 'tp-c', { id: 'flow-2', label: 'then' }),
  ],
};
const label = (from: string, to: string) => `${from} → ${to}`;

describe('flows handed to React Flow', () => {
  it('keep their objects, and the array, when a change does not touch them', () => {
    const first = reconcileEdges([], buildEdges(journey, new Set(), label));
    const renamed = { ...journey, title: 'Another title' };
    expect(reconcileEdges(first, buildEdges(renamed, new Set(), label))).toBe(first);
  });

  it('are new objects only where selection, label, ends or name changed', () => {
    const first = reconcileEdges([], buildEdges(journey, new Set(), label));
    const selected = reconcileEdges(first, buildEdges(journey, new Set(['flow-1']), label));
    expect(selected[0]).not.toBe(first[0]);
    expect(selected[0]!.selected).toBe(true);
    expect(selected[1]).toBe(first[1]);

    const relabelled = {
      ...journey,
      connections: [journey.connections[0]!, { ...journey.connections[1]!, label: 'after that' }],
    };
    const next = reconcileEdges(first, buildEdges(relabelled, new Set(), label));
    expect(next[0]).toBe(first[0]);
    expect(next[1]!.data).toEqual({ label: 'after that' });

    const retitled = {
      ...journey,
      touchpoints: journey.touchpoints.map((t) => (t.id === 'tp-a' ? { ...t, title: 'Renamed' } : t)),
    };
    const named = reconcileEdges(first, buildEdges(retitled, new Set(), label));
    expect(named[0]).not.toBe(first[0]);
    expect(named[0]!.ariaLabel).toContain('Renamed');
    expect(named[1]).toBe(first[1]);
  });

  it('follow removals and additions', () => {
    const first = reconcileEdges([], buildEdges(journey, new Set(), label));
    const fewer = reconcileEdges(
      first,
      buildEdges({ ...journey, connections: journey.connections.slice(1) }, new Set(), label),
    );
    expect(fewer.map((e) => e.id)).toEqual(['flow-2']);
    expect(fewer[0]).toBe(first[1]);
  });
});
