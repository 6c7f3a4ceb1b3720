/** The compare view's model: marks on the newer cards, ghosts of removed ones, entries that select their card, KPI and emotion changes. */
import { describe, expect, it } from 'vitest';
import { compareJourneys, plainSentence } from '../../../shared/versions';
import { edited, hotelStay } from './hotelVersions';

describe('compareJourneys', () => {
  const older = hotelStay();
  const newer = edited((j) => {
    j.touchpoints[0]!.painPoints[0]!.severity = 3;
    j.touchpoints[0]!.emotions = { 'persona-ana': -1, 'persona-bo': 2 };
    j.touchpoints[0]!.metrics[0]!.current = 85;
    j.touchpoints.pop(); // tp-room
    j.connections = [{ id: 'flow-2', from: 'tp-kiosk', to: 'step-clean' }];
    j.touchpoints.push({
      ...structuredClone(j.touchpoints[0]!),
      id: 'tp-postcard',
      stageId: 'stage-after',
      title: 'Thank-you postcard',
      painPoints: [],
      opportunities: [],
      metrics: [],
      emotions: {},
    });
    j.stages[0]!.name = 'Check-in';
  });
  const view = compareJourneys(older, newer);

  it('marks added and changed cards of the newer version, a flow marking both its cards', () => {
    expect([...view.marks]).toEqual([
      ['tp-kiosk', 'changed'],
      ['tp-postcard', 'added'],
      ['step-clean', 'changed'],
    ]);
  });

  it('keeps each removed card as a ghost, placeable when its stage and lane are still there', () => {
    expect(view.ghosts).toEqual([{ kind: 'touchpoint', card: older.touchpoints[1], placeable: true }]);
    const noStay = compareJourneys(
      older,
      edited((j) => {
        j.stages.splice(1, 1);
        j.touchpoints.pop();
        j.steps = [];
        j.connections = [];
      }),
    );
    expect(noStay.ghosts.map((g) => [g.card.id, g.placeable])).toEqual([
      ['tp-room', false],
      ['step-clean', false],
    ]);
  });

  it('says every change in the CLI’s sentences, each with the card it selects', () => {
    expect(view.entries.map((e) => [plainSentence(e.sentence), e.cardId])).toEqual([
      ["Renamed stage 'Arrival' to 'Check-in'", undefined],
      ["Emotion of Ana at 'Kiosk check-in' 1 -> -1", 'tp-kiosk'],
      ["Emotion of Bo at 'Kiosk check-in' set to 2", 'tp-kiosk'],
      ["Pain point 'Room not ready' severity 5 -> 3", 'tp-kiosk'],
      ["Metric 'Customer satisfaction (CSAT)' at 'Kiosk check-in' current 70% -> 85%", 'tp-kiosk'],
      ["Removed touchpoint 'Room' in Stay", 'tp-room'],
      ["Added touchpoint 'Thank-you postcard' in After the stay", 'tp-postcard'],
      ["Removed connection from 'Kiosk check-in' to 'Room'", 'tp-kiosk'],
      ["Added connection from 'Kiosk check-in' to 'Housekeeping cleans the room'", 'tp-kiosk'],
    ]);
  });

  it('lists the KPI and emotion changes, and each persona’s average before and after', () => {
    expect(view.metrics).toEqual([
      {
        touchpointId: 'tp-kiosk',
        metricId: 'metric-csat',
        op: 'changed',
        before: older.touchpoints[0]!.metrics[0],
        after: newer.touchpoints[0]!.metrics[0],
      },
    ]);
    expect(view.emotions).toEqual([
      { touchpointId: 'tp-kiosk', personaId: 'persona-ana', before: 1, after: -1 },
      { touchpointId: 'tp-kiosk', personaId: 'persona-bo', after: 2 },
    ]);
    expect(view.averages).toEqual([
      { personaId: 'persona-ana', before: 1, after: -1 },
      { personaId: 'persona-bo', after: 2 },
    ]);
  });

  it('is empty for the same journey', () => {
    const same = compareJourneys(older, hotelStay());
    expect([same.entries, same.ghosts, [...same.marks], same.metrics, same.emotions]).toEqual([[], [], [], [], []]);
  });
});
