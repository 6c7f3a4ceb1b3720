import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createJourney,
  createStage,
  createTouchpoint,
  fileSchemaOf,
  journeyFileSchema,
  journeySchemaV2,
  loadJourneyText,
  serializeJourney,
  touchpointSchemaV2,
} from '../../../shared/model';
import { createMetric, createOpportunity, createPainPoint } from '../../../shared/edit/annotationDefaults';

/** A journey with an unknown field on every kind of object the format has. */
function journeyWithExtrasEverywhere() {
  const stage = { ...createStage({ id: 'stage-1' }), stageExtra: 1 };
  const touchpoint = {
    ...createTouchpoint(stage.id, 'lane-1', { id: 'tp-1' }),
    painPoints: [{ ...createPainPoint(), painExtra: [1] }],
    opportunities: [{ ...createOpportunity(), opportunityExtra: 'o' }],
    metrics: [{ ...createMetric('csat'), metricExtra: null }],
    position: { x: 1, y: 2, z: 3 },
    touchpointExtra: { deep: true },
  };
  return {
    ...createJourney({ title: 'Extras' }),
    lanes: [
      { id: 'lane-1', name: 'Touchpoints', kind: 'touchpoints' as const, laneExtra: 5 },
      { id: 'lane-2', name: 'Backstage', kind: 'backstage' as const },
    ],
    personas: [
      { id: 'persona-1', name: 'P', description: '', goals: [], needs: [], expectations: [], personaExtra: 2 },
    ],
    steps: [
      { id: 'step-1', stageId: 'stage-1', laneId: 'lane-2', title: 'Prepare', position: { x: 1, y: 1 }, stepExtra: 6 },
    ],
    stages: [stage],
    touchpoints: [touchpoint, { ...createTouchpoint(stage.id, 'lane-1', { id: 'tp-2' }) }],
    connections: [{ id: 'flow-1', from: 'tp-1', to: 'tp-2', connectionExtra: 'c' }],
    channels: [{ id: 'channel-x', name: 'Kiosk', channelExtra: 4 }],
    journeyExtra: 'j',
  };
}

describe('the file schema', () => {
  it('keeps unknown fields at every level through parse and a save/load round trip', () => {
    const doc = journeyWithExtrasEverywhere();
    const parsed = journeyFileSchema.parse(doc);
    expect(parsed).toEqual(doc);
    const text = serializeJourney(parsed);
    const loaded = loadJourneyText(text);
    expect(loaded.ok && serializeJourney(loaded.journey)).toBe(text);
    for (const key of ['journeyExtra', 'personaExtra', 'stageExtra', 'painExtra', 'opportunityExtra'])
      expect(text).toContain(`"${key}"`);
    for (const key of [
      'metricExtra',
      '"z": 3',
      'touchpointExtra',
      'connectionExtra',
      'channelExtra',
      'laneExtra',
      'stepExtra',
    ])
      expect(text).toContain(key);
  });

  it('has the same checks as the strict schema it comes from', () => {
    const doc = journeyWithExtrasEverywhere();
    doc.touchpoints[0]!.painPoints[0]!.severity = 9;
    const result = journeyFileSchema.safeParse(doc);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['touchpoints.0.painPoints.0.severity']);
  });

  it('is derived: the strict schema refuses the unknown fields the file schema keeps', () => {
    // So code that parses a file with the strict schema by mistake fails loudly instead of dropping data.
    expect(journeySchemaV2.safeParse(journeyWithExtrasEverywhere()).success).toBe(false);
    const plain = { ...journeyWithExtrasEverywhere(), journeyExtra: undefined };
    expect(touchpointSchemaV2.safeParse(plain.touchpoints[1]).success).toBe(true);
  });

  it('keeps array checks, and refuses schema kinds it cannot loosen', () => {
    const atLeastOne = fileSchemaOf(z.array(z.strictObject({ a: z.number() })).min(1));
    expect(atLeastOne.safeParse([]).success).toBe(false);
    expect(atLeastOne.parse([{ a: 1, b: 2 }])).toEqual([{ a: 1, b: 2 }]);
    expect(() => fileSchemaOf(z.union([z.strictObject({ a: z.number() }), z.string()]))).toThrow(/union/);
  });
});
