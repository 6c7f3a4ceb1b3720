import { describe, expect, it } from 'vitest';
import { createMetric, createOpportunity, createPainPoint } from '../../../shared/edit/annotationDefaults';
import { extractFragment, parseFragment, pasteFragment } from '../../../shared/edit/fragment';
import { createJourney, journeySchemaV2 as journeySchema, walkV2, type Journey } from '../../../shared/model';
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
    const before = new Set(walkV2.idFieldsOf(source, journeySchema).map((f) => f.value));
    const pasted = journey.touchpoints.filter((t) => pastedIds.includes(t.id));
    const pastedItemIds = walkV2
      .idFieldsOf(
        { ...journey, stages: [], lanes: [], connections: [], channels: [], touchpoints: pasted },
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
    const empty = { kind: 'journey-studio/fragment', version: 2, touchpoints: [], steps: [], connections: [] };
    expect(parseFragment(JSON.stringify({ ...empty, channels: [], stages: [], lanes: [] }))).toBeNull();
  });

  it('carries steps, their lanes and the connections between steps and touchpoints', () => {
    const source = richSample();
    source.lanes = [...source.lanes, { id: 'lane-back', name: 'Backstage', kind: 'backstage' }];
    source.steps = [
      {
        id: 'step-1',
        stageId: 'stage-discover',
        laneId: 'lane-back',
        title: 'Check stock',
        position: { x: 24, y: 24 },
      },
    ];
    source.connections = [...source.connections, { id: 'flow-2', from: 'step-1', to: 'tp-a' }];
    const fragment = parseFragment(JSON.stringify(extractFragment(source, new Set(['tp-a', 'step-1']))))!;
    expect(fragment.steps).toHaveLength(1);
    // Into the same document: the step keeps its lane, and the flow links the two new cards.
    const same = pasteFragment(source, fragment, options);
    expect(problemsOf(same.journey)).toEqual([]);
    const [tpId, stepId] = same.pastedIds;
    expect(same.journey.steps.find((s) => s.id === stepId)).toMatchObject({
      laneId: 'lane-back',
      title: 'Check stock',
    });
    expect(same.journey.connections.filter((c) => c.from === stepId && c.to === tpId)).toHaveLength(1);
    // Into a new document with one touchpoint lane: a backstage lane is made for the step.
    const other = pasteFragment(createJourney(), fragment, options);
    expect(problemsOf(other.journey)).toEqual([]);
    expect(other.journey.lanes.map((l) => l.kind)).toEqual(['touchpoints', 'backstage']);
    expect(other.journey.touchpoints[0]!.laneId).toBe(other.journey.lanes[0]!.id);
  });

  it('leaves behind ratings by personas the target journey does not have', () => {
    const source = richSample();
    source.personas = [{ id: 'persona-1', name: 'Maya', goals: [], needs: [], expectations: [] }];
    source.touchpoints[0] = { ...source.touchpoints[0]!, emotions: { 'persona-1': -1 } };
    const fragment = extractFragment(source, new Set(['tp-a']))!;
    expect(pasteFragment(source, fragment, options).journey.touchpoints.at(-1)!.emotions).toEqual({ 'persona-1': -1 });
    const elsewhere = pasteFragment(createJourney(), fragment, options).journey;
    expect(elsewhere.touchpoints[0]!.emotions).toEqual({});
    expect(problemsOf(elsewhere)).toEqual([]);
  });
});
