/** The canvas's nodes for lanes and steps: lane headers and the grid once a map has two lanes, steps as step nodes in Tab order. */
import { describe, expect, it } from 'vitest';
import { buildNodes } from '../../../../renderer/canvas/buildFlow';
import { cardWordsOf } from '../../../../renderer/canvas/cardWords';
import { layoutMap } from '../../../../shared/layout/mapLayout';
import { createStep, type Journey } from '../../../../shared/model';
import { EMPTY_FILTER } from '../../../../shared/query/touchpointFilter';
import { sampleJourney } from '../../../helpers/editFixtures';

const build = (journey: Journey) =>
  buildNodes(journey, layoutMap(journey), {
    selected: new Set(),
    filter: EMPTY_FILTER,
    channelName: (id) => id,
    stageLabel: (name) => `Stage ${name}`,
    touchpointLabel: (title) => `Touchpoint ${title}`,
    laneLabel: (name) => `Lane ${name}`,
    laneKindName: (kind) => kind,
    lineLabel: (kind) => `line ${kind}`,
    stepLabel: (title) => `Step ${title}`,
    stepUntitled: 'Untitled step',
    cardWords: cardWordsOf(((key: string) => key) as never),
    emotionCurve: null,
  });

function blueprint(): Journey {
  const j = sampleJourney();
  return {
    ...j,
    lanes: [...j.lanes, { id: 'lane-back', name: '', kind: 'backstage' }],
    steps: [createStep('stage-discover', 'lane-back', { id: 'step-1', title: 'Pick' })],
  };
}

describe('buildNodes with lanes', () => {
  it('draws a one-lane map as before: no lane headers, no grid', () => {
    const types = build(sampleJourney()).map((n) => n.type);
    expect(types).not.toContain('laneHeader');
    expect(types).not.toContain('laneGrid');
  });

  it('gives each lane a header named by its name or kind, the grid its blueprint lines, and steps their nodes', () => {
    const nodes = build(blueprint());
    const headers = nodes.filter((n) => n.type === 'laneHeader');
    expect(headers.map((n) => n.ariaLabel)).toEqual(['Lane Touchpoints', 'Lane backstage']);
    const grid = nodes.find((n) => n.type === 'laneGrid');
    expect(grid?.type === 'laneGrid' && grid.data.lines.map((l) => l.label)).toEqual([
      'line interaction',
      'line visibility',
    ]);
    const step = nodes.find((n) => n.id === 'step-1')!;
    expect(step).toMatchObject({ type: 'step', ariaLabel: 'Step Pick' });
    // Tab order: the headers, then each stage's column and its cards in journey order, steps included.
    expect(nodes.map((n) => n.id).filter((id) => !id.startsWith('row:') && id !== 'lane-grid')).toEqual([
      'lane:stage-discover',
      'tp-a',
      'tp-b',
      'step-1',
      'lane:stage-buy',
      'tp-c',
    ]);
  });

  it('keeps the stage columns’ row data the same object while the rows do not change', () => {
    const a = build(blueprint()).find((n) => n.type === 'stage');
    const b = build(blueprint()).find((n) => n.type === 'stage');
    expect(a?.type === 'stage' && b?.type === 'stage' && a.data.rows === b.data.rows).toBe(true);
  });
});
