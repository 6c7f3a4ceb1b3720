/** The nodes under the lanes: curves, then the pain-point band, then the opportunity band, as the view asks. */
import { describe, expect, it } from 'vitest';
import type { BandFrame } from '../../../../shared/layout/personaCurves';
import { orderTouchpointsV2 } from '../../../../shared/model/v2';
import { bandNodes, type BandNodeOptions } from '../../../../renderer/canvas/bandNodes';
import { personasBlueprint } from '../../report/fixtureJourneys';

const frame: BandFrame = {
  columns: [
    { stageId: 's-find', x: 0, width: 300 },
    { stageId: 's-buy', x: 316, width: 300 },
    { stageId: 's-use', x: 632, width: 300 },
  ],
  top: 600,
  width: 932,
};
const words = (title: string) => ({ title, label: `${title} by stage`, moreTemplate: '+{n} more' });
const all: BandNodeOptions = {
  curves: 'Emotion curves',
  hiddenPersonas: new Set(),
  theme: 'light',
  painPoints: words('Pain points'),
  opportunities: words('Opportunities'),
};

describe('bandNodes', () => {
  const journey = personasBlueprint();
  const ordered = orderTouchpointsV2(journey);

  it('stacks the curves and both bands under the lanes, none selectable or focusable', () => {
    const nodes = bandNodes(journey, ordered, frame, all);
    expect(nodes.map((n) => n.id)).toEqual(['emotion-curve', 'band-painPoints', 'band-opportunities']);
    const [curve, pain, opportunities] = nodes;
    // The curve band: 32 under the lanes, 176 high; each band's title sits in the 32 above it.
    expect(curve!.position.y).toBe(632);
    expect(pain!.position.y).toBe(632 + 176);
    expect(opportunities!.position.y).toBe(pain!.position.y + pain!.height!);
    for (const node of nodes) expect(node).toMatchObject({ selectable: false, focusable: false, draggable: false });
    if (curve!.type !== 'emotionCurve') throw new Error('curve first');
    expect(curve!.data.several).toBe(true);
    expect(curve!.data.geometry.curves.map((c) => c.personaId)).toEqual(['p-ana', 'p-ben', 'p-cy']);
  });

  it('leaves out what the view hides and moves the rest up', () => {
    const nodes = bandNodes(journey, ordered, frame, {
      ...all,
      curves: null,
      opportunities: null,
      hiddenPersonas: new Set(['p-ana']),
    });
    expect(nodes.map((n) => n.id)).toEqual(['band-painPoints']);
    expect(nodes[0]!.position.y).toBe(600);
    const curvesOnly = bandNodes(journey, ordered, frame, {
      ...all,
      painPoints: null,
      opportunities: null,
      hiddenPersonas: new Set(['p-ana']),
    });
    if (curvesOnly[0]?.type !== 'emotionCurve') throw new Error('curve');
    expect(curvesOnly[0].data.geometry.curves.map((c) => c.personaId)).toEqual(['p-ben', 'p-cy']);
  });

  it('draws nothing without stages', () => {
    expect(bandNodes(journey, ordered, { ...frame, columns: [] }, all)).toEqual([]);
  });
});
