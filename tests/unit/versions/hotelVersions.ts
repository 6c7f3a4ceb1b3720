/** A small hand-written version 2 hotel stay, the "old" side of the diff tests; each test edits a copy. */
import type { JourneyV2 } from '../../../shared/model/v2';

export function hotelStay(): JourneyV2 {
  return {
    format: 'journey-studio',
    version: 2,
    id: 'journey-hotel',
    title: 'Hotel stay',
    description: 'A weekend at the lake hotel, from the booking to the thank-you note.',
    personas: [
      { id: 'persona-ana', name: 'Ana', goals: ['Rest'], needs: [], expectations: [] },
      { id: 'persona-bo', name: 'Bo', goals: [], needs: [], expectations: [] },
    ],
    stages: [
      { id: 'stage-arrival', name: 'Arrival' },
      { id: 'stage-stay', name: 'Stay', customerGoal: 'Sleep well' },
      { id: 'stage-after', name: 'After the stay' },
    ],
    lanes: [
      { id: 'lane-tp', name: 'Touchpoints', kind: 'touchpoints' },
      { id: 'lane-back', name: 'Backstage', kind: 'backstage' },
    ],
    touchpoints: [
      {
        id: 'tp-kiosk',
        stageId: 'stage-arrival',
        laneId: 'lane-tp',
        title: 'Kiosk check-in',
        channel: 'self-service',
        tier: 'utility',
        emotions: { 'persona-ana': 1 },
        momentOfTruth: false,
        painPoints: [{ id: 'pain-room', text: 'Room not ready', severity: 5, source: 'direct' }],
        opportunities: [{ id: 'opp-sms', text: 'Text when the room is ready', impact: 4, effort: 2, status: 'idea' }],
        metrics: [
          { id: 'metric-csat', kpi: 'csat', unit: '%', baseline: 60, current: 70, target: 90, higherIsBetter: true },
        ],
        notes: 'Guests queue at the kiosk because the screen asks for the booking number first.',
        position: { x: 24, y: 24 },
      },
      {
        id: 'tp-room',
        stageId: 'stage-stay',
        laneId: 'lane-tp',
        title: 'Room',
        channel: 'in-person',
        tier: 'usability',
        emotions: {},
        momentOfTruth: true,
        painPoints: [],
        opportunities: [],
        metrics: [],
        position: { x: 24, y: 24 },
      },
    ],
    steps: [
      {
        id: 'step-clean',
        stageId: 'stage-stay',
        laneId: 'lane-back',
        title: 'Housekeeping cleans the room',
        position: { x: 24, y: 24 },
      },
    ],
    connections: [{ id: 'flow-1', from: 'tp-kiosk', to: 'tp-room' }],
    channels: [{ id: 'channel-app', name: 'Lake app' }],
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
  };
}

/** The journey after `edit` ran on a copy. */
export function edited(edit: (journey: JourneyV2) => void): JourneyV2 {
  const copy = structuredClone(hotelStay());
  edit(copy);
  return copy;
}
