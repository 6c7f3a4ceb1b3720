/** Lane edits: add, rename, kind, move, delete with the lane's cards moved or deleted, and the refusals. */
import { describe, expect, it } from 'vitest';
import {
  addLane,
  deleteLane,
  lanesToMoveCardsTo,
  moveLane,
  renameLane,
  setLaneKind,
} from '../../../shared/edit/laneEdits';
import { addSteps, editStep } from '../../../shared/edit/stepEdits';
import { createLane, createStep, MAX_LANES, type Journey } from '../../../shared/model';
import { deepFreeze, frozenSample, problemsOf } from '../../helpers/editFixtures';

function withLanes(): Journey {
  const j = frozenSample();
  return deepFreeze({
    ...j,
    lanes: [
      ...j.lanes,
      { id: 'lane-front', name: 'Frontstage', kind: 'frontstage' as const },
      { id: 'lane-back', name: 'Backstage', kind: 'backstage' as const },
    ],
    steps: [
      createStep('stage-discover', 'lane-front', { id: 'step-greet', title: 'Greet', position: { x: 24, y: 24 } }),
      createStep('stage-discover', 'lane-back', { id: 'step-pick', title: 'Pick', position: { x: 24, y: 24 } }),
    ],
    connections: [{ id: 'flow-1', from: 'step-greet', to: 'tp-a' }],
  });
}

describe('lane edits', () => {
  it('adds, renames and moves lanes without touching the input', () => {
    const j = withLanes();
    const added = addLane(j, createLane('notes', { id: 'lane-notes', name: 'Notes' }), 1);
    expect(added.ok && added.journey.lanes.map((l) => l.id)).toEqual([
      'lane-1',
      'lane-notes',
      'lane-front',
      'lane-back',
    ]);
    expect(renameLane(j, 'lane-back', 'Kitchen').lanes[2]!.name).toBe('Kitchen');
    expect(renameLane(j, 'lane-back', 'Backstage')).toBe(j);
    expect(moveLane(j, 'lane-back', 0).lanes.map((l) => l.id)).toEqual(['lane-back', 'lane-1', 'lane-front']);
    expect(moveLane(j, 'lane-back', 2)).toBe(j);
    expect(j.lanes).toHaveLength(3);
  });

  it('refuses a twenty-first lane', () => {
    let j = frozenSample();
    for (let i = j.lanes.length; i < MAX_LANES; i++) {
      const r = addLane(j, createLane('notes'));
      if (!r.ok) throw new Error(r.reason);
      j = r.journey;
    }
    expect(addLane(j, createLane('notes'))).toEqual({ ok: false, reason: 'too-many-lanes' });
  });

  it('changes a kind only where the cards still fit', () => {
    const j = withLanes();
    const support = setLaneKind(j, 'lane-back', 'support');
    expect(support.ok && support.journey.lanes[2]!.kind).toBe('support');
    expect(setLaneKind(j, 'lane-back', 'touchpoints')).toEqual({ ok: false, reason: 'holds-steps' });
    expect(setLaneKind(j, 'lane-1', 'frontstage')).toEqual({ ok: false, reason: 'holds-touchpoints' });
    const empty = { ...j, touchpoints: [], connections: [] };
    expect(setLaneKind(empty, 'lane-1', 'frontstage')).toEqual({ ok: false, reason: 'last-touchpoint-lane' });
  });

  it('deletes a lane moving its cards to a lane of the same kind of card, in one edit', () => {
    const j = withLanes();
    expect(lanesToMoveCardsTo(j, 'lane-front').map((l) => l.id)).toEqual(['lane-back']);
    const result = deleteLane(j, 'lane-front', { moveTo: 'lane-back' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.journey.lanes.map((l) => l.id)).toEqual(['lane-1', 'lane-back']);
    const greet = result.journey.steps.find((s) => s.id === 'step-greet')!;
    expect(greet.laneId).toBe('lane-back');
    // It would have covered "Pick", so it moved to the nearest free place in its new cell.
    expect(greet.position).not.toEqual({ x: 24, y: 24 });
    expect(result.journey.connections).toHaveLength(1);
    expect(problemsOf(result.journey)).toEqual([]);
    expect(deleteLane(j, 'lane-front', { moveTo: 'lane-1' })).toEqual({ ok: false, reason: 'incompatible-lane' });
  });

  it('deletes a lane with its cards and their flows, and never the last touchpoint lane', () => {
    const j = withLanes();
    const result = deleteLane(j, 'lane-front', 'delete');
    if (!result.ok) throw new Error(result.reason);
    expect(result.journey.steps.map((s) => s.id)).toEqual(['step-pick']);
    expect(result.journey.connections).toEqual([]);
    expect(problemsOf(result.journey)).toEqual([]);
    expect(deleteLane(j, 'lane-1', 'delete')).toEqual({ ok: false, reason: 'last-touchpoint-lane' });
  });
});

describe('step edits', () => {
  it('adds steps only to lanes of steps and edits their fields', () => {
    const j = withLanes();
    const step = createStep('stage-buy', 'lane-back', { id: 'step-new', title: 'Pack' });
    expect(addSteps(j, [step]).steps).toHaveLength(3);
    expect(addSteps(j, [{ ...step, laneId: 'lane-1' }])).toBe(j);
    const edited = editStep(j, 'step-pick', { title: 'Pick the order', owner: 'Kitchen' });
    expect(edited.steps[1]).toMatchObject({ title: 'Pick the order', owner: 'Kitchen' });
    expect(editStep(j, 'step-pick', { laneId: 'lane-1' })).toBe(j);
    expect(editStep(edited, 'step-pick', { owner: undefined }).steps[1]).not.toHaveProperty('owner');
    expect(problemsOf(edited)).toEqual([]);
  });
});
