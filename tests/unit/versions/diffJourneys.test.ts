/** The diff of two journey versions (docs/cli.md "diff"): every entity kind, matched by id, in journey order. */
import { describe, expect, it } from 'vitest';
import { diffJourneys, mergeOrder, type DiffChange } from '../../../shared/versions';
import { edited, hotelStay } from './hotelVersions';
import type { JourneyV2 } from '../../../shared/model/v2';

const changesAfter = (edit: (j: JourneyV2) => void): DiffChange[] => diffJourneys(hotelStay(), edited(edit)).changes;
const kiosk = (j: JourneyV2) => j.touchpoints[0]!;

describe('diffJourneys', () => {
  it('finds nothing between a journey and a copy of it, nor when only updatedAt moved', () => {
    expect(diffJourneys(hotelStay(), hotelStay())).toEqual({
      old: { id: 'journey-hotel', title: 'Hotel stay' },
      new: { id: 'journey-hotel', title: 'Hotel stay' },
      summary: { added: 0, removed: 0, changed: 0 },
      changes: [],
    });
    expect(changesAfter((j) => (j.updatedAt = '2026-12-01T10:00:00.000Z'))).toEqual([]);
  });

  it('reports the journey’s own fields', () => {
    expect(changesAfter((j) => ((j.title = 'Lake hotel'), delete j.description))).toEqual([
      {
        op: 'changed',
        entity: 'journey',
        id: 'journey-hotel',
        field: 'title',
        before: 'Hotel stay',
        after: 'Lake hotel',
      },
      {
        op: 'changed',
        entity: 'journey',
        id: 'journey-hotel',
        field: 'description',
        before: 'A weekend at the lake hotel, from the booking to the thank-you note.',
      },
    ]);
  });

  it('reports personas added, removed and changed, and a new primary persona as a move', () => {
    const changes = changesAfter((j) => {
      j.personas[0]!.goals.push('Swim');
      j.personas.reverse();
      j.personas.push({ id: 'persona-cy', name: 'Cy', goals: [], needs: [], expectations: [] });
    });
    expect(changes).toEqual([
      { op: 'changed', entity: 'persona', id: 'persona-ana', field: 'index', before: 0, after: 1 },
      {
        op: 'changed',
        entity: 'persona',
        id: 'persona-ana',
        field: 'goals',
        before: ['Rest'],
        after: ['Rest', 'Swim'],
      },
      {
        op: 'added',
        entity: 'persona',
        id: 'persona-cy',
        after: { id: 'persona-cy', name: 'Cy', goals: [], needs: [], expectations: [] },
      },
    ]);
    expect(changesAfter((j) => j.personas.splice(1, 1))).toEqual([
      { op: 'removed', entity: 'persona', id: 'persona-bo', before: hotelStay().personas[1] },
    ]);
  });

  it('reports a stage moved to the front as one move, not a shift of every stage', () => {
    expect(changesAfter((j) => j.stages.unshift(j.stages.pop()!))).toEqual([
      { op: 'changed', entity: 'stage', id: 'stage-after', field: 'index', before: 2, after: 0 },
    ]);
  });

  it('reports stage fields, and a removed stage where it was', () => {
    const changes = changesAfter((j) => {
      j.stages[1]!.customerGoal = 'Sleep through the night';
      j.stages[0]!.color = '#aabbcc';
      j.stages.splice(2, 1);
    });
    expect(changes).toEqual([
      { op: 'changed', entity: 'stage', id: 'stage-arrival', field: 'color', after: '#aabbcc' },
      {
        op: 'changed',
        entity: 'stage',
        id: 'stage-stay',
        field: 'customerGoal',
        before: 'Sleep well',
        after: 'Sleep through the night',
      },
      { op: 'removed', entity: 'stage', id: 'stage-after', before: { id: 'stage-after', name: 'After the stay' } },
    ]);
  });

  it('reports lanes and their order', () => {
    const changes = changesAfter((j) => {
      j.lanes.reverse();
      j.lanes[0]!.kind = 'support';
      j.lanes.push({ id: 'lane-evidence', name: 'Evidence', kind: 'evidence' });
    });
    expect(changes).toEqual([
      { op: 'changed', entity: 'lane', id: 'lane-back', field: 'kind', before: 'backstage', after: 'support' },
      { op: 'changed', entity: 'lane', id: 'lane-tp', field: 'index', before: 0, after: 1 },
      {
        op: 'added',
        entity: 'lane',
        id: 'lane-evidence',
        after: { id: 'lane-evidence', name: 'Evidence', kind: 'evidence' },
      },
    ]);
  });

  it('reports a touchpoint moved to another stage and on the map, each one change', () => {
    const changes = changesAfter((j) => {
      kiosk(j).stageId = 'stage-stay';
      kiosk(j).position = { x: 300, y: 40 };
    });
    expect(changes).toEqual([
      {
        op: 'changed',
        entity: 'touchpoint',
        id: 'tp-kiosk',
        field: 'stageId',
        before: 'stage-arrival',
        after: 'stage-stay',
      },
      {
        op: 'changed',
        entity: 'touchpoint',
        id: 'tp-kiosk',
        field: 'position',
        before: { x: 24, y: 24 },
        after: { x: 300, y: 40 },
      },
    ]);
  });

  it('reports touchpoint fields, emotions per persona, added and removed touchpoints', () => {
    const postcard = {
      ...structuredClone(hotelStay().touchpoints[1]!),
      id: 'tp-card',
      title: 'Thank-you postcard',
      stageId: 'stage-after',
    };
    const changes = changesAfter((j) => {
      kiosk(j).tier = 'delight';
      kiosk(j).channel = 'channel-app';
      kiosk(j).emotions = { 'persona-bo': -1 };
      j.touchpoints.splice(1, 1, postcard);
      j.connections = [];
    });
    expect(changes).toEqual([
      {
        op: 'changed',
        entity: 'touchpoint',
        id: 'tp-kiosk',
        field: 'channel',
        before: 'self-service',
        after: 'channel-app',
      },
      { op: 'changed', entity: 'touchpoint', id: 'tp-kiosk', field: 'tier', before: 'utility', after: 'delight' },
      { op: 'changed', entity: 'touchpoint', id: 'tp-kiosk', field: 'emotions.persona-ana', before: 1 },
      { op: 'changed', entity: 'touchpoint', id: 'tp-kiosk', field: 'emotions.persona-bo', after: -1 },
      { op: 'removed', entity: 'touchpoint', id: 'tp-room', before: hotelStay().touchpoints[1] },
      { op: 'added', entity: 'touchpoint', id: 'tp-card', after: postcard },
      { op: 'removed', entity: 'connection', id: 'flow-1', before: { id: 'flow-1', from: 'tp-kiosk', to: 'tp-room' } },
    ]);
  });

  it('reports steps like cards', () => {
    const changes = changesAfter((j) => {
      j.steps[0]!.owner = 'Housekeeping';
      j.steps[0]!.stageId = 'stage-arrival';
      j.steps.push({
        id: 'step-bag',
        stageId: 'stage-arrival',
        laneId: 'lane-back',
        title: 'Bags to the room',
        position: { x: 24, y: 200 },
      });
    });
    expect(changes).toEqual([
      {
        op: 'changed',
        entity: 'step',
        id: 'step-clean',
        field: 'stageId',
        before: 'stage-stay',
        after: 'stage-arrival',
      },
      { op: 'changed', entity: 'step', id: 'step-clean', field: 'owner', after: 'Housekeeping' },
      {
        op: 'added',
        entity: 'step',
        id: 'step-bag',
        after: {
          id: 'step-bag',
          stageId: 'stage-arrival',
          laneId: 'lane-back',
          title: 'Bags to the room',
          position: { x: 24, y: 200 },
        },
      },
    ]);
  });

  it('reports pain points, opportunities and metrics with their touchpoint as parentId', () => {
    const changes = changesAfter((j) => {
      kiosk(j).painPoints[0]!.severity = 3;
      kiosk(j).painPoints.push({ id: 'pain-queue', text: 'Queue', severity: 2, source: 'inferred' });
      kiosk(j).opportunities = [];
      kiosk(j).metrics[0]!.current = 75;
    });
    expect(changes).toEqual([
      {
        op: 'changed',
        entity: 'painPoint',
        id: 'pain-room',
        parentId: 'tp-kiosk',
        field: 'severity',
        before: 5,
        after: 3,
      },
      {
        op: 'added',
        entity: 'painPoint',
        id: 'pain-queue',
        parentId: 'tp-kiosk',
        after: { id: 'pain-queue', text: 'Queue', severity: 2, source: 'inferred' },
      },
      {
        op: 'removed',
        entity: 'opportunity',
        id: 'opp-sms',
        parentId: 'tp-kiosk',
        before: hotelStay().touchpoints[0]!.opportunities[0],
      },
      {
        op: 'changed',
        entity: 'metric',
        id: 'metric-csat',
        parentId: 'tp-kiosk',
        field: 'current',
        before: 70,
        after: 75,
      },
    ]);
  });

  it('reports a pain point moved to another touchpoint once, as a parentId change under its new touchpoint', () => {
    const changes = changesAfter((j) => {
      j.touchpoints[1]!.painPoints.push(kiosk(j).painPoints.pop()!);
    });
    expect(changes).toEqual([
      {
        op: 'changed',
        entity: 'painPoint',
        id: 'pain-room',
        parentId: 'tp-room',
        field: 'parentId',
        before: 'tp-kiosk',
        after: 'tp-room',
      },
    ]);
  });

  it('lists a pain point moved into an added touchpoint, which does not list its other annotations', () => {
    const changes = changesAfter((j) => {
      const room = j.touchpoints[1]!;
      j.touchpoints.push({
        ...structuredClone(room),
        id: 'tp-spa',
        title: 'Spa',
        painPoints: [kiosk(j).painPoints.pop()!],
      });
    });
    expect(changes.map((c) => [c.op, c.entity, c.id, c.field])).toEqual([
      ['added', 'touchpoint', 'tp-spa', undefined],
      ['changed', 'painPoint', 'pain-room', 'parentId'],
    ]);
  });

  it('reports connections in the order of the cards they leave, and channels', () => {
    const changes = changesAfter((j) => {
      j.connections.unshift({ id: 'flow-2', from: 'tp-room', to: 'step-clean' });
      j.connections[1]!.label = 'then';
      j.channels![0]!.name = 'Lake app 2';
      j.channels!.push({ id: 'channel-kiosk', name: 'Kiosk' });
    });
    expect(changes).toEqual([
      { op: 'changed', entity: 'connection', id: 'flow-1', field: 'label', after: 'then' },
      { op: 'added', entity: 'connection', id: 'flow-2', after: { id: 'flow-2', from: 'tp-room', to: 'step-clean' } },
      { op: 'changed', entity: 'channel', id: 'channel-app', field: 'name', before: 'Lake app', after: 'Lake app 2' },
      { op: 'added', entity: 'channel', id: 'channel-kiosk', after: { id: 'channel-kiosk', name: 'Kiosk' } },
    ]);
  });

  it('lists changes in journey order and counts them by op in the summary', () => {
    const diff = diffJourneys(
      hotelStay(),
      edited((j) => {
        j.touchpoints[1]!.title = 'Lake room';
        kiosk(j).title = 'Kiosk';
        j.title = 'Lake hotel';
        j.steps = [];
      }),
    );
    expect(diff.changes.map((c) => `${c.op} ${c.entity} ${c.id}`)).toEqual([
      'changed journey journey-hotel',
      'changed touchpoint tp-kiosk',
      'changed touchpoint tp-room',
      'removed step step-clean',
    ]);
    expect(diff.summary).toEqual({ added: 0, removed: 1, changed: 3 });
    expect(diff.new).toEqual({ id: 'journey-hotel', title: 'Lake hotel' });
  });

  it('keeps fields it does not know (written by a newer tool) in the comparison', () => {
    const changes = changesAfter((j) => Object.assign(kiosk(j), { rating: 'gold' }));
    expect(changes).toEqual([{ op: 'changed', entity: 'touchpoint', id: 'tp-kiosk', field: 'rating', after: 'gold' }]);
  });
});

describe('mergeOrder', () => {
  it('puts what only the old order has after its old neighbour', () => {
    expect(mergeOrder(['a', 'b', 'c', 'd'], ['d', 'a', 'c', 'e'])).toEqual(['d', 'a', 'b', 'c', 'e']);
    expect(mergeOrder(['x', 'a'], ['a'])).toEqual(['x', 'a']);
  });
});
