/**
 * A version 2 journey of `cards` touchpoints in stages of 20, one lane, one persona, each card
 * connected to the next: the map the versions and workshop suites measure on.
 */
import type { JourneyV2, TouchpointV2 } from '../../shared/model/v2';

const PER_STAGE = 20;

export function guestJourney(cards: number, id: string, title: string): JourneyV2 {
  const stages = Array.from({ length: cards / PER_STAGE }, (_, i) => ({ id: `s${i}`, name: `Stage ${i + 1}` }));
  const touchpoints: TouchpointV2[] = Array.from({ length: cards }, (_, i) => ({
    id: `t${i}`,
    stageId: `s${Math.floor(i / PER_STAGE)}`,
    laneId: 'lane-1',
    title: `Touchpoint ${i + 1}`,
    description: `What the guest does at step ${i + 1}, and what they expect from it.`,
    channel: ['website', 'email', 'in-person', 'phone'][i % 4]!,
    tier: (['utility', 'usability', 'delight'] as const)[i % 3]!,
    emotions: { 'persona-1': (i % 5) - 2 },
    momentOfTruth: i % 17 === 0,
    painPoints: i % 3 === 0 ? [{ id: `p${i}`, text: `Pain ${i}`, severity: (i % 5) + 1, source: 'direct' }] : [],
    opportunities: [],
    metrics: [],
    position: { x: 24 + (i % 2) * 260, y: 24 + Math.floor((i % PER_STAGE) / 2) * 150 },
  }));
  return {
    format: 'journey-studio',
    version: 2,
    id,
    title,
    personas: [{ id: 'persona-1', name: 'Guest', goals: [], needs: [], expectations: [] }],
    stages,
    lanes: [{ id: 'lane-1', name: 'Touchpoints', kind: 'touchpoints' }],
    touchpoints,
    steps: [],
    connections: touchpoints.slice(1).map((t, i) => ({ id: `c${i}`, from: touchpoints[i]!.id, to: t.id })),
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
  };
}
