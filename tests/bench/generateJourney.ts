/** Deterministic large journeys for benchmarks: `count` touchpoints over stages of 20. */
import { FORMAT_NAME, FORMAT_VERSION, type Journey, type Touchpoint } from '../../shared/model';
import { BUILT_IN_CHANNELS, TIERS } from '../../shared/model/catalogues';
import { SIZES } from '../../shared/layout/tokens';

export function generateJourney(count: number, perStage = 20): Journey {
  const stageCount = Math.max(1, Math.ceil(count / perStage));
  const stages = Array.from({ length: stageCount }, (_, i) => ({ id: `s${i}`, name: `Stage ${i + 1}` }));
  const touchpoints: Touchpoint[] = Array.from({ length: count }, (_, i) => {
    const inStage = i % perStage;
    return {
      id: `t${i}`,
      stageId: `s${Math.floor(i / perStage)}`,
      laneId: 'lane-1',
      title: `Touchpoint ${i + 1}`,
      channel: BUILT_IN_CHANNELS[i % BUILT_IN_CHANNELS.length]!.id,
      tier: TIERS[i % 3]!,
      emotions: { 'persona-1': (i % 5) - 2 },
      momentOfTruth: i % 17 === 0,
      painPoints: i % 3 === 0 ? [{ id: `p${i}`, text: `Pain ${i}`, severity: (i % 5) + 1, source: 'direct' }] : [],
      opportunities: [],
      metrics: [],
      position: {
        x: SIZES.lanePadding + (inStage % 2) * (SIZES.cardWidth + SIZES.cardGap),
        y: SIZES.lanePadding + Math.floor(inStage / 2) * (SIZES.cardHeight + SIZES.cardGap),
      },
    };
  });
  const connections = touchpoints.slice(1).map((t, i) => ({ id: `c${i}`, from: touchpoints[i]!.id, to: t.id }));
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    id: `bench-${count}`,
    title: `Benchmark ${count}`,
    personas: [{ id: 'persona-1', name: 'Customer', goals: [], needs: [], expectations: [] }],
    stages,
    lanes: [{ id: 'lane-1', name: 'Touchpoints', kind: 'touchpoints' }],
    touchpoints,
    steps: [],
    connections,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}
