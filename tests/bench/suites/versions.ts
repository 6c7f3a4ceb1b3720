/**
 * `journey-studio diff` and `merge` on two versions of a 3,000-touchpoint map (issue 14: under
 * 300 ms each): a base, ours with a twentieth of the cards retitled, moved or rated, some removed
 * and added, and theirs with other cards edited, a stage moved and flows relabelled. Each figure
 * is the median of several runs after a warm-up, measured in this process (the pure functions the
 * commands call, without reading the files).
 */
import { performance } from 'node:perf_hooks';
import type { JourneyV2 } from '../../../shared/model/v2';
import { diffJourneys, mergeJourneys } from '../../../shared/versions';
import { guestJourney } from '../guestJourney';
import type { BenchRow, BenchSuite } from '../types';

const CARDS = 3000;
const RUNS = 7;
const TARGET_MS = 300;

/** One side's edits on every `step`th card from `offset`, plus a few cards removed and added. */
function editSide(base: JourneyV2, side: string, offset: number): JourneyV2 {
  const j = structuredClone(base);
  for (let i = offset; i < CARDS; i += 20) {
    const tp = j.touchpoints[i]!;
    tp.title = `${tp.title} (${side})`;
    tp.position = { x: tp.position.x + 10, y: tp.position.y };
    tp.emotions = { 'persona-1': 2 };
    if (tp.painPoints[0]) tp.painPoints[0].severity = 1;
  }
  // Cards neither side edits (the edits are on every 20th card from 0 and from 10).
  const removed = new Set(Array.from({ length: 15 }, (_, k) => `t${offset + 5 + k * 200}`));
  j.touchpoints = j.touchpoints.filter((t) => !removed.has(t.id));
  j.connections = j.connections.filter((c) => !removed.has(c.from) && !removed.has(c.to));
  for (let k = 0; k < 30; k++) {
    const tp = structuredClone(j.touchpoints[k * 50]!);
    j.touchpoints.push({ ...tp, id: `${side}-new-${k}`, title: `New ${k}`, painPoints: [] });
  }
  return j;
}

function medianMs(run: () => unknown): number {
  run(); // warm-up: the JIT, and first-time allocations
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const suite: BenchSuite = {
  name: 'versions',
  async run(): Promise<BenchRow[]> {
    const base = guestJourney(CARDS, 'bench-versions', 'Versions benchmark');
    const ours = editSide(base, 'ours', 0);
    const theirs = editSide(base, 'theirs', 10);
    theirs.stages.unshift(theirs.stages.pop()!);
    // Flows away from the cards ours removes.
    for (const c of theirs.connections.filter((c) => Number(c.id.slice(1)) % 20 === 12)) c.label = 'then';
    const name = `versions, two ${CARDS.toLocaleString('en')}-touchpoint versions`;
    const check = mergeJourneys(base, ours, theirs);
    if (check.fallback || check.conflicts.length > 0) throw new Error('the benchmark merge should be clean and valid');
    const target = { op: '<=' as const, value: TARGET_MS };
    return [
      {
        suite: name,
        metric: `diff (${diffJourneys(base, ours).changes.length} changes)`,
        value: medianMs(() => diffJourneys(base, ours)),
        unit: 'ms',
        target,
      },
      {
        suite: name,
        metric: 'three-way merge (clean, edits on both sides)',
        value: medianMs(() => mergeJourneys(base, ours, theirs)),
        unit: 'ms',
        target,
      },
    ];
  },
};

export default suite;
