import { describe, expect, it } from 'vitest';
import { moveStage, neighbourStage, removeStage } from '../../../shared/edit/stageEdits';
import { loadJourneyText, validateJourney } from '../../../shared/model';
import { VALID_SAMPLE, readFixture } from '../../helpers/fixtures';

const sample = () => {
  const r = loadJourneyText(readFixture(VALID_SAMPLE));
  if (!r.ok) throw new Error('sample');
  return r.journey;
};

describe('stage edits', () => {
  it('moveStage clamps and leaves the input untouched', () => {
    const j = sample();
    const moved = moveStage(j, 'stage-discover', 99);
    expect(moved.stages.map((s) => s.id)).toEqual(['stage-order', 'stage-pickup', 'stage-discover']);
    expect(j.stages[0]!.id).toBe('stage-discover');
    expect(moveStage(j, 'nope', 1)).toBe(j);
  });

  it('neighbourStage prefers the previous stage', () => {
    expect(neighbourStage(sample(), 'stage-order')).toBe('stage-discover');
    expect(neighbourStage(sample(), 'stage-discover')).toBe('stage-order');
  });

  it('removeStage moving cards keeps the document valid and puts them below existing cards', () => {
    const out = removeStage(sample(), 'stage-order', { kind: 'move', toStageId: 'stage-discover' });
    expect(validateJourney(out).ok).toBe(true);
    const moved = out.touchpoints.find((t) => t.id === 'tp-order')!;
    expect(moved.stageId).toBe('stage-discover');
    expect(moved.position.y).toBeGreaterThan(out.touchpoints.find((t) => t.id === 'tp-ad')!.position.y);
  });

  it('removeStage deleting cards drops their connections too', () => {
    const out = removeStage(sample(), 'stage-order', { kind: 'delete' });
    expect(validateJourney(out).ok).toBe(true);
    expect(out.connections).toEqual([]);
  });
});
