import { describe, expect, it } from 'vitest';
import { createMetric, createOpportunity, createPainPoint } from '../../../shared/edit/annotationDefaults';
import { extractFragment, parseFragment, pasteFragment } from '../../../shared/edit/fragment';
import { idFieldsOf } from '../../../shared/model/schemaWalk';
import { createJourney, journeySchema, type Journey } from '../../../shared/model';
import { problemsOf, sampleJourney } from '../../helpers/editFixtures';

/** The sample with annotations, a custom channel, a flow and unknown fields on the copied card. */
function richSample(): Journey {
  const j = sampleJourney();
  j.channels = [{ id: 'channel-kiosk', name: 'Kiosk' }];
  j.touchpoints[0] = {
    ...j.touchpoints[0]!,
    channel: 'channel-kiosk',
    painPoints: [createPainPoint({ id: 'pain-1', text: 'slow' })],
    opportunities: [createOpportunity({ id: 'opp-1', text: 'faster' })],
    metrics: [{ ...createMetric('csat'), id: 'metric-1' }],
    ...{ fromNewerTool: { kept: true } },
  };
  j.connections = [{ id: 'flow-1', from: 'tp-a', to: 'tp-b', label: 'then' }];
  return j;
}

const options = { offset: { x: 10, y: 20 } };

describe('copy and paste', () => {
  it('gives every pasted id a new value and rewires the references among the pasted items', () => {
    const source = richSample();
    const fragment = parseFragment(JSON.stringify(extractFragment(source, new Set(['tp-a', 'tp-b']))))!;
    const { journey, pastedIds } = pasteFragment(source, fragment, options);
    expect(problemsOf(journey)).toEqual([]);
    const before = new Set(idFieldsOf(source, journeySchema).map((f) => f.value));
    const pasted = journey.touchpoints.filter((t) => pastedIds.includes(t.id));
    const pastedItemIds = idFieldsOf(
      { ...journey, stages: [], connections: [], channels: [], touchpoints: pasted },
      journeySchema,
    )
      .filter((f) => f.role.role === 'item')
      .map((f) => f.value);
    expect(pastedItemIds).toHaveLength(5);
    for (const id of pastedItemIds) expect(before.has(id)).toBe(false);
    const flow = journey.connections.find((c) => c.id !== 'flow-1')!;
    expect([flow.from, flow.to, flow.label]).toEqual([...pastedIds, 'then']);
    expect(pasted[0]).toMatchObject({
      stageId: 'stage-discover',
      channel: 'channel-kiosk',
      position: { x: 34, y: 44 },
    });
    expect((pasted[0] as Record<string, unknown>).fromNewerTool).toEqual({ kept: true });
  });

  it('into another document recreates the stage and the custom channel under new ids', () => {
    const source = richSample();
    const fragment = extractFragment(source, new Set(['tp-a']))!;
    const { journey, pastedIds } = pasteFragment(createJourney(), fragment, options);
    expect(problemsOf(journey)).toEqual([]);
    const card = journey.touchpoints.find((t) => t.id === pastedIds[0])!;
    expect(journey.stages.map((s) => [s.id === card.stageId, s.name])).toEqual([[true, 'Discover']]);
    expect(card.stageId).not.toBe('stage-discover');
    expect(journey.channels).toEqual([{ id: card.channel, name: 'Kiosk' }]);
    expect(card.channel).not.toBe('channel-kiosk');
  });

  it('reads only its own clipboard format, through the file schema', () => {
    expect(parseFragment('plain text')).toBeNull();
    expect(parseFragment('{"kind":"journey-studio/fragment","version":1,"touchpoints":[]}')).toBeNull();
  });
});
