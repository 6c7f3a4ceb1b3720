/**
 * The three-way merge over every kind of entity of version 2, clean and conflicting, and the
 * repairs that keep the output valid (docs/cli.md "The merge contract").
 */
import { describe, expect, it } from 'vitest';
import { validateJourneyV2, type JourneyV2 } from '../../../shared/model/v2';
import { mergeJourneys, type MergeResult } from '../../../shared/versions';
import { edited, hotelStay } from './hotelVersions';

const base = hotelStay();
const tp = (j: JourneyV2, id: string) => j.touchpoints.find((t) => t.id === id)!;
const kiosk = (j: JourneyV2) => tp(j, 'tp-kiosk');
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

/** Merges two edits of the hotel stay; the result must be valid whatever it holds. */
function merge(ours: (j: JourneyV2) => void, theirs: (j: JourneyV2) => void): MergeResult {
  const result = mergeJourneys(base, edited(ours), edited(theirs));
  expect(result.fallback).toBeUndefined();
  expect(validateJourneyV2(result.journey).ok).toBe(true);
  return result;
}

function clean(ours: (j: JourneyV2) => void, theirs: (j: JourneyV2) => void): JourneyV2 {
  const result = merge(ours, theirs);
  expect(result.conflicts).toEqual([]);
  expect(result.resolutions).toEqual([]);
  return result.journey;
}

describe('mergeJourneys: the journey’s own fields', () => {
  it('takes each side’s change to different fields, and the later save', () => {
    const j = clean(
      (o) => {
        o.title = 'Lake hotel';
        o.updatedAt = '2026-11-02T09:00:00.000Z';
      },
      (t) => {
        t.description = 'A long weekend.';
        t.updatedAt = '2026-11-03T09:00:00.000+01:00';
      },
    );
    expect([j.title, j.description, j.updatedAt]).toEqual([
      'Lake hotel',
      'A long weekend.',
      '2026-11-03T09:00:00.000+01:00',
    ]);
  });

  it('keeps ours where both changed the title differently, and reports it', () => {
    const result = merge(
      (o) => (o.title = 'Ours'),
      (t) => (t.title = 'Theirs'),
    );
    expect(result.journey.title).toBe('Ours');
    expect(result.conflicts).toEqual([
      { entity: 'journey', id: 'journey-hotel', field: 'title', ours: 'Ours', theirs: 'Theirs' },
    ]);
  });

  it('merges unknown fields like known ones, and an unset field is a value', () => {
    const result = merge(
      (o) => Object.assign(o, { workshop: 'March' }),
      (t) => {
        delete t.description;
      },
    );
    expect(result.conflicts).toEqual([]);
    expect(result.journey).toMatchObject({ workshop: 'March' });
    expect(result.journey.description).toBeUndefined();
    const both = merge(
      (o) => (o.description = 'Ours'),
      (t) => delete t.description,
    );
    expect(both.conflicts).toEqual([{ entity: 'journey', id: 'journey-hotel', field: 'description', ours: 'Ours' }]);
  });
});

describe('mergeJourneys: personas', () => {
  it('merges different fields of one persona and keeps a persona added on each side, ours first', () => {
    const j = clean(
      (o) => {
        o.personas[0]!.name = 'Ana María';
        o.personas.push({ id: 'persona-cy', name: 'Cy', goals: [], needs: [], expectations: [] });
      },
      (t) => {
        t.personas[0]!.goals = ['Rest', 'Swim'];
        t.personas.push({ id: 'persona-di', name: 'Di', goals: [], needs: [], expectations: [] });
      },
    );
    expect(j.personas[0]).toMatchObject({ name: 'Ana María', goals: ['Rest', 'Swim'] });
    expect(ids(j.personas)).toEqual(['persona-ana', 'persona-bo', 'persona-cy', 'persona-di']);
  });

  it('reports a persona changed on one side and removed on the other, and keeps it', () => {
    const result = merge(
      (o) => (o.personas[1]!.name = 'Bob'),
      (t) => (t.personas = t.personas.slice(0, 1)),
    );
    expect(ids(result.journey.personas)).toEqual(['persona-ana', 'persona-bo']);
    expect(result.conflicts).toEqual([
      { entity: 'persona', id: 'persona-bo', field: 'name', ours: 'Bob', removedBy: 'theirs' },
    ]);
  });

  it('keeps a persona the other side removed when a rating by them was added', () => {
    const result = merge(
      (o) => (o.personas = o.personas.slice(0, 1)),
      (t) => (kiosk(t).emotions['persona-bo'] = -1),
    );
    expect(ids(result.journey.personas)).toEqual(['persona-ana', 'persona-bo']);
    expect(kiosk(result.journey).emotions).toEqual({ 'persona-ana': 1, 'persona-bo': -1 });
    expect(result.conflicts).toEqual([]);
    expect(result.resolutions).toEqual([
      {
        entity: 'persona',
        id: 'persona-bo',
        action: 'kept',
        reason: 'removed by ours, but touchpoint tp-kiosk has their rating',
      },
    ]);
  });

  it('takes one side’s new order, and reports both sides putting the personas in different orders (the first is primary)', () => {
    const cy = { id: 'persona-cy', name: 'Cy', goals: [], needs: [], expectations: [] };
    const j = clean(
      (o) => o.personas.reverse(),
      (t) => t.personas.push(cy),
    );
    expect(ids(j.personas)).toEqual(['persona-bo', 'persona-ana', 'persona-cy']);
    const three = edited((j) => j.personas.push(cy));
    const [ana, bo] = three.personas;
    const result = mergeJourneys(
      three,
      { ...three, personas: [bo!, ana!, cy] },
      { ...three, personas: [cy, ana!, bo!] },
    );
    expect(ids(result.journey.personas)).toEqual(['persona-bo', 'persona-ana', 'persona-cy']);
    expect(result.conflicts).toEqual([
      {
        entity: 'journey',
        id: 'journey-hotel',
        field: 'order.personas',
        ours: ['persona-bo', 'persona-ana', 'persona-cy'],
        theirs: ['persona-cy', 'persona-ana', 'persona-bo'],
      },
    ]);
  });

  it('drops what theirs added past 8 personas, and the ratings by them', () => {
    const add = (j: JourneyV2, side: string, n: number) => {
      for (let i = 0; i < n; i++)
        j.personas.push({ id: `${side}-${i}`, name: side, goals: [], needs: [], expectations: [] });
    };
    const result = merge(
      (o) => add(o, 'ours', 4),
      (t) => {
        add(t, 'theirs', 4);
        kiosk(t).emotions['theirs-3'] = 2;
      },
    );
    expect(result.journey.personas).toHaveLength(8);
    expect(ids(result.journey.personas).slice(-2)).toEqual(['theirs-0', 'theirs-1']);
    expect(kiosk(result.journey).emotions).toEqual({ 'persona-ana': 1 });
    expect(result.resolutions.map((r) => `${r.action} ${r.id}: ${r.reason}`)).toEqual([
      'dropped theirs-3: a journey has at most 8 personas',
      'dropped theirs-2: a journey has at most 8 personas',
    ]);
  });
});

describe('mergeJourneys: stages and their order', () => {
  it('takes a reorder on one side with a rename and an addition on the other', () => {
    const j = clean(
      (o) => {
        o.stages[1]!.name = 'The stay';
        o.stages.push({ id: 'stage-review', name: 'Review' });
      },
      (t) => t.stages.unshift(t.stages.pop()!),
    );
    expect(j.stages.map((s) => s.name)).toEqual(['After the stay', 'Arrival', 'The stay', 'Review']);
  });

  it('keeps a stage added at the same place on each side, ours first', () => {
    const j = clean(
      (o) => o.stages.splice(1, 0, { id: 'stage-ours', name: 'Pool' }),
      (t) => t.stages.splice(1, 0, { id: 'stage-theirs', name: 'Spa' }),
    );
    expect(ids(j.stages)).toEqual(['stage-arrival', 'stage-ours', 'stage-theirs', 'stage-stay', 'stage-after']);
  });

  it('conflicts on one stage field changed on both sides, and on a stage changed on one side and removed on the other', () => {
    const result = merge(
      (o) => {
        o.stages[0]!.name = 'Check-in';
        o.stages[2]!.customerGoal = 'Come back';
      },
      (t) => {
        t.stages[0]!.name = 'Getting there';
        t.stages.pop();
      },
    );
    expect(result.journey.stages.map((s) => s.name)).toEqual(['Check-in', 'Stay', 'After the stay']);
    expect(result.conflicts).toEqual([
      { entity: 'stage', id: 'stage-arrival', field: 'name', ours: 'Check-in', theirs: 'Getting there' },
      { entity: 'stage', id: 'stage-after', field: 'customerGoal', ours: 'Come back', removedBy: 'theirs' },
    ]);
  });

  it('keeps a stage theirs removed when ours added a card in it, and reports why', () => {
    const result = merge(
      (o) =>
        o.touchpoints.push({
          ...structuredClone(tp(o, 'tp-room')),
          id: 'tp-minibar',
          title: 'Minibar',
          momentOfTruth: false,
        }),
      (t) => {
        t.stages = t.stages.filter((s) => s.id !== 'stage-stay');
        t.touchpoints = t.touchpoints.filter((x) => x.stageId !== 'stage-stay');
        t.steps = [];
        t.connections = [];
      },
    );
    expect(ids(result.journey.stages)).toEqual(['stage-arrival', 'stage-stay', 'stage-after']);
    expect(ids(result.journey.touchpoints)).toEqual(['tp-kiosk', 'tp-minibar']);
    expect(result.journey.steps).toEqual([]);
    expect(result.resolutions).toEqual([
      {
        entity: 'stage',
        id: 'stage-stay',
        action: 'kept',
        reason: 'removed by theirs, but touchpoint tp-minibar is in it',
      },
    ]);
  });
});

describe('mergeJourneys: lanes and their order', () => {
  it('merges a rename, a change of kind, an added lane and a move', () => {
    const j = clean(
      (o) => {
        o.lanes[1]!.name = 'Housekeeping';
        o.lanes.push({ id: 'lane-support', name: 'Support', kind: 'support' });
      },
      (t) => {
        t.lanes[1]!.kind = 'support';
        t.lanes.reverse();
      },
    );
    expect(j.lanes).toEqual([
      { id: 'lane-back', name: 'Housekeeping', kind: 'support' },
      { id: 'lane-tp', name: 'Touchpoints', kind: 'touchpoints' },
      { id: 'lane-support', name: 'Support', kind: 'support' },
    ]);
  });

  it('keeps a lane removed on one side when the other added a step to it', () => {
    const result = merge(
      (o) => {
        o.lanes.pop();
        o.steps = [];
      },
      (t) =>
        t.steps.push({
          id: 'step-towels',
          stageId: 'stage-stay',
          laneId: 'lane-back',
          title: 'Towels',
          position: { x: 0, y: 0 },
        }),
    );
    expect(ids(result.journey.lanes)).toEqual(['lane-tp', 'lane-back']);
    expect(ids(result.journey.steps)).toEqual(['step-towels']);
    expect(result.resolutions).toEqual([
      { entity: 'lane', id: 'lane-back', action: 'kept', reason: 'removed by ours, but step step-towels is in it' },
    ]);
  });

  it('turns a lane back to the kind that fits the cards the other side put in it', () => {
    const result = merge(
      (o) =>
        o.steps.push({
          id: 'step-towels',
          stageId: 'stage-stay',
          laneId: 'lane-back',
          title: 'Towels',
          position: { x: 0, y: 0 },
        }),
      (t) => {
        t.steps = [];
        t.lanes[1]!.kind = 'touchpoints';
      },
    );
    expect(result.journey.lanes[1]).toEqual({ id: 'lane-back', name: 'Backstage', kind: 'backstage' });
    expect(ids(result.journey.steps)).toEqual(['step-towels']);
    expect(result.resolutions).toEqual([
      { entity: 'lane', id: 'lane-back', action: 'reverted', reason: 'to kind backstage: it holds steps only' },
    ]);
  });

  it('moves a touchpoint out of a lane that became a lane for steps while it holds steps too', () => {
    const result = merge(
      (o) => o.lanes.push({ id: 'lane-extra', name: 'Extra', kind: 'touchpoints' }),
      (t) => {
        t.lanes.push({ id: 'lane-extra', name: 'Extra', kind: 'thoughts' });
        t.steps.push({
          id: 'step-hmm',
          stageId: 'stage-stay',
          laneId: 'lane-extra',
          title: 'Hmm',
          position: { x: 0, y: 0 },
        });
        t.touchpoints[1]!.laneId = 'lane-extra';
      },
    );
    // Both added lane-extra, of different kinds: ours' kind is kept, and theirs' step moves to a lane for steps.
    expect(result.conflicts).toEqual([
      { entity: 'lane', id: 'lane-extra', field: 'kind', ours: 'touchpoints', theirs: 'thoughts' },
    ]);
    expect(result.journey.steps.find((s) => s.id === 'step-hmm')!.laneId).toBe('lane-back');
    expect(tp(result.journey, 'tp-room').laneId).toBe('lane-extra');
    expect(result.resolutions).toEqual([
      {
        entity: 'step',
        id: 'step-hmm',
        action: 'moved',
        reason: 'to lane lane-back: lane lane-extra is now of kind touchpoints',
      },
    ]);
  });
});

describe('mergeJourneys: touchpoints', () => {
  it('merges different fields of one card: title on one side, stage on the other', () => {
    const j = clean(
      (o) => (kiosk(o).title = 'Self check-in'),
      (t) => (kiosk(t).stageId = 'stage-stay'),
    );
    expect(kiosk(j)).toMatchObject({ title: 'Self check-in', stageId: 'stage-stay' });
  });

  it('treats the position as one field', () => {
    const result = merge(
      (o) => (kiosk(o).position = { x: 100, y: 24 }),
      (t) => (kiosk(t).position = { x: 24, y: 100 }),
    );
    expect(kiosk(result.journey).position).toEqual({ x: 100, y: 24 });
    expect(result.conflicts).toEqual([
      { entity: 'touchpoint', id: 'tp-kiosk', field: 'position', ours: { x: 100, y: 24 }, theirs: { x: 24, y: 100 } },
    ]);
  });

  it('merges each persona’s rating as its own field', () => {
    const j = clean(
      (o) => (kiosk(o).emotions['persona-ana'] = 2),
      (t) => (kiosk(t).emotions['persona-bo'] = -2),
    );
    expect(kiosk(j).emotions).toEqual({ 'persona-ana': 2, 'persona-bo': -2 });
    const result = merge(
      (o) => (kiosk(o).emotions['persona-ana'] = 2),
      (t) => delete kiosk(t).emotions['persona-ana'],
    );
    expect(result.conflicts).toEqual([
      { entity: 'touchpoint', id: 'tp-kiosk', field: 'emotions.persona-ana', ours: 2 },
    ]);
  });

  it('keeps a card changed on one side and removed on the other (a flow the other removed goes)', () => {
    const result = merge(
      (o) => (tp(o, 'tp-room').title = 'Lake-view room'),
      (t) => {
        t.touchpoints.pop();
        t.connections = [];
      },
    );
    expect(tp(result.journey, 'tp-room').title).toBe('Lake-view room');
    expect(result.journey.connections).toEqual([]);
    expect(result.conflicts).toEqual([
      { entity: 'touchpoint', id: 'tp-room', field: 'title', ours: 'Lake-view room', removedBy: 'theirs' },
    ]);
    const theirsChanged = merge(
      (o) => {
        o.touchpoints.pop();
        o.connections = [];
      },
      (t) => (tp(t, 'tp-room').momentOfTruth = false),
    );
    expect(tp(theirsChanged.journey, 'tp-room').momentOfTruth).toBe(false);
    expect(theirsChanged.conflicts).toEqual([
      { entity: 'touchpoint', id: 'tp-room', field: 'momentOfTruth', theirs: false, removedBy: 'ours' },
    ]);
  });

  it('removes a card removed on one side and left alone on the other, and adds cards from both', () => {
    const j = clean(
      (o) => {
        o.touchpoints.pop();
        o.connections = [];
        o.touchpoints.push({
          ...structuredClone(kiosk(o)),
          id: 'tp-ours',
          painPoints: [],
          opportunities: [],
          metrics: [],
        });
      },
      (t) =>
        t.touchpoints.push({
          ...structuredClone(kiosk(t)),
          id: 'tp-theirs',
          painPoints: [],
          opportunities: [],
          metrics: [],
        }),
    );
    expect(ids(j.touchpoints)).toEqual(['tp-kiosk', 'tp-ours', 'tp-theirs']);
    expect(j.connections).toEqual([]);
  });

  it('keeps a custom channel the other side removed when a card now uses it', () => {
    const result = merge(
      (o) => (kiosk(o).channel = 'channel-app'),
      (t) => delete t.channels,
    );
    expect(result.journey.channels).toEqual([{ id: 'channel-app', name: 'Lake app' }]);
    expect(result.resolutions).toEqual([
      {
        entity: 'channel',
        id: 'channel-app',
        action: 'kept',
        reason: 'removed by theirs, but touchpoint tp-kiosk uses it',
      },
    ]);
  });
});

describe('mergeJourneys: steps', () => {
  it('merges fields and conflicts like touchpoints', () => {
    const j = clean(
      (o) => (o.steps[0]!.title = 'Clean'),
      (t) => (t.steps[0]!.owner = 'Housekeeping'),
    );
    expect(j.steps[0]).toMatchObject({ title: 'Clean', owner: 'Housekeeping' });
    const result = merge(
      (o) => (o.steps[0]!.title = 'Clean'),
      (t) => (t.steps[0]!.title = 'Tidy'),
    );
    expect(result.conflicts).toEqual([
      { entity: 'step', id: 'step-clean', field: 'title', ours: 'Clean', theirs: 'Tidy' },
    ]);
  });
});

describe('mergeJourneys: connections', () => {
  it('merges a label on one side with a new end on the other', () => {
    const j = clean(
      (o) => (o.connections[0]!.label = 'checks in'),
      (t) => (t.connections[0]!.to = 'step-clean'),
    );
    expect(j.connections).toEqual([{ id: 'flow-1', from: 'tp-kiosk', to: 'step-clean', label: 'checks in' }]);
  });

  it('keeps a card the other side removed when a flow to it was added', () => {
    const result = merge(
      (o) => o.connections.push({ id: 'flow-2', from: 'step-clean', to: 'tp-room' }),
      (t) => {
        t.touchpoints.pop();
        t.connections = [];
      },
    );
    expect(ids(result.journey.touchpoints)).toEqual(['tp-kiosk', 'tp-room']);
    // flow-1 was removed by theirs and left alone by ours: it goes; flow-2 keeps its card.
    expect(ids(result.journey.connections)).toEqual(['flow-2']);
    expect(result.resolutions).toEqual([
      {
        entity: 'touchpoint',
        id: 'tp-room',
        action: 'kept',
        reason: 'removed by theirs, but connection flow-2 leads to it',
      },
    ]);
  });

  it('keeps one of two flows both sides added between the same cards (ours)', () => {
    const result = merge(
      (o) => o.connections.push({ id: 'flow-ours', from: 'tp-room', to: 'step-clean' }),
      (t) => t.connections.push({ id: 'flow-theirs', from: 'tp-room', to: 'step-clean', label: 'then' }),
    );
    expect(ids(result.journey.connections)).toEqual(['flow-1', 'flow-ours']);
    expect(result.resolutions).toEqual([
      {
        entity: 'connection',
        id: 'flow-theirs',
        action: 'dropped',
        reason: 'connection flow-ours already leads from tp-room to step-clean',
      },
    ]);
  });

  it('takes ours’ ends where the two sides’ new ends make a loop', () => {
    const result = merge(
      (o) => (o.connections[0]!.from = 'step-clean'),
      (t) => (t.connections[0]!.to = 'step-clean'),
    );
    expect(result.journey.connections).toEqual([{ id: 'flow-1', from: 'step-clean', to: 'tp-room' }]);
    expect(result.resolutions).toEqual([
      {
        entity: 'connection',
        id: 'flow-1',
        action: 'reverted',
        reason: 'to ours: the merged ends made it a loop on card step-clean',
      },
    ]);
  });
});

describe('mergeJourneys: pain points, opportunities and metrics', () => {
  it('merges different fields of one pain point, and conflicts on the same one', () => {
    const j = clean(
      (o) => (kiosk(o).painPoints[0]!.severity = 3),
      (t) => (kiosk(t).painPoints[0]!.evidence = 'Survey, March'),
    );
    expect(kiosk(j).painPoints).toEqual([
      { id: 'pain-room', text: 'Room not ready', severity: 3, source: 'direct', evidence: 'Survey, March' },
    ]);
    const result = merge(
      (o) => (kiosk(o).painPoints[0]!.severity = 3),
      (t) => (kiosk(t).painPoints[0]!.severity = 4),
    );
    expect(result.conflicts).toEqual([{ entity: 'painPoint', id: 'pain-room', field: 'severity', ours: 3, theirs: 4 }]);
  });

  it('keeps annotations added to one card on both sides, and follows a pain point moved to another card', () => {
    const j = clean(
      (o) => {
        kiosk(o).painPoints[0]!.text = 'Room not ready at 3 pm';
        kiosk(o).opportunities.push({ id: 'opp-ours', text: 'Early check-in', impact: 3, effort: 3, status: 'idea' });
      },
      (t) => {
        tp(t, 'tp-room').painPoints.push(kiosk(t).painPoints.pop()!);
        kiosk(t).opportunities.push({ id: 'opp-theirs', text: 'Lounge', impact: 2, effort: 4, status: 'planned' });
      },
    );
    expect(kiosk(j).painPoints).toEqual([]);
    expect(tp(j, 'tp-room').painPoints).toEqual([
      { id: 'pain-room', text: 'Room not ready at 3 pm', severity: 5, source: 'direct' },
    ]);
    expect(ids(kiosk(j).opportunities)).toEqual(['opp-sms', 'opp-ours', 'opp-theirs']);
  });

  it('keeps a metric and an opportunity changed on one side when the other removed their card', () => {
    const result = merge(
      (o) => {
        kiosk(o).metrics[0]!.current = 80;
        kiosk(o).opportunities[0]!.status = 'planned';
      },
      (t) => {
        t.touchpoints.shift();
        t.connections = [];
      },
    );
    expect(kiosk(result.journey).metrics[0]!.current).toBe(80);
    expect(kiosk(result.journey).opportunities[0]!.status).toBe('planned');
    expect(kiosk(result.journey).painPoints).toHaveLength(1);
    expect(result.conflicts).toEqual([
      {
        entity: 'touchpoint',
        id: 'tp-kiosk',
        field: 'opportunities',
        ours: kiosk(result.journey).opportunities,
        removedBy: 'theirs',
      },
      {
        entity: 'touchpoint',
        id: 'tp-kiosk',
        field: 'metrics',
        ours: kiosk(result.journey).metrics,
        removedBy: 'theirs',
      },
      { entity: 'opportunity', id: 'opp-sms', field: 'status', ours: 'planned', removedBy: 'theirs' },
      { entity: 'metric', id: 'metric-csat', field: 'current', ours: 80, removedBy: 'theirs' },
    ]);
  });

  it('keeps the card of a pain point added on one side when the other removed the card', () => {
    const result = merge(
      (o) => {
        o.touchpoints.pop();
        o.connections = [];
      },
      (t) => tp(t, 'tp-room').painPoints.push({ id: 'pain-noise', text: 'Noisy', severity: 2, source: 'direct' }),
    );
    expect(ids(tp(result.journey, 'tp-room').painPoints)).toEqual(['pain-noise']);
    expect(result.conflicts).toEqual([
      {
        entity: 'touchpoint',
        id: 'tp-room',
        field: 'painPoints',
        theirs: [{ id: 'pain-noise', text: 'Noisy', severity: 2, source: 'direct' }],
        removedBy: 'ours',
      },
    ]);
  });
});

describe('mergeJourneys: custom channels', () => {
  it('merges a rename with an added channel', () => {
    const j = clean(
      (o) => (o.channels![0]!.name = 'Lake Hotel app'),
      (t) => t.channels!.push({ id: 'channel-kiosk', name: 'Kiosk' }),
    );
    expect(j.channels).toEqual([
      { id: 'channel-app', name: 'Lake Hotel app' },
      { id: 'channel-kiosk', name: 'Kiosk' },
    ]);
  });
});

describe('mergeJourneys: when the merge cannot be made valid', () => {
  it('returns ours unchanged with the problems (an id both sides gave to different kinds)', () => {
    const ours = edited((o) => o.stages.push({ id: 'new-thing', name: 'Spa' }));
    const theirs = edited((t) => t.channels!.push({ id: 'new-thing', name: 'Spa app' }));
    const result = mergeJourneys(base, ours, theirs);
    expect(result.journey).toBe(ours);
    expect(result.fallback?.map((p) => p.path)).toEqual(['channels[1].id']);
  });
});
