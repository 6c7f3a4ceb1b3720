/**
 * What re-routing every flow of a map costs after one card moved (an undo of a drag, a remote
 * change): a new array of card rects, then every flow's route (flowRoute) and, as if every flow
 * had a label, its label's place (placeFlowLabel). Indexed (shared/render/cardIndex.ts, the
 * index built once per array, counted in the time) against the linear scan it replaced (the
 * unit tests' reference copy), on generated maps of 1,000 and 3,000 cards, in one process.
 * Last, the CPU time of the whole SVG render (renderJourneySvg, what the export bench's "SVG
 * render" row times) of the generated 1,000- and 3,000-touchpoint maps, with the code as it is.
 * Run: npx vite-node tests/bench/routeCost.ts
 */
import { performance } from 'node:perf_hooks';
import { layoutMap, type Rect } from '../../shared/layout/mapLayout';
import { SIZES } from '../../shared/layout/tokens';
import { renderJourneySvg } from '../../shared/render';
import { flowRoute } from '../../shared/render/connectionPath';
import { placeFlowLabel } from '../../shared/render/flowLabel';
import { linearPlaceFlowLabel } from '../unit/render/reference/linearFlowLabel';
import { linearFlowRoute } from '../unit/render/reference/linearFlowRoute';
import { generateJourney } from './generateJourney';

const RUNS = 7;
const LABEL = { width: 90, height: 18 };

type Route = typeof flowRoute;
type Place = typeof placeFlowLabel;

function measure(count: number, route: Route, place: Place): { routes: number; labels: number } {
  const journey = generateJourney(count);
  const layout = layoutMap(journey);
  const flows = journey.connections.map((c) => [layout.cards.get(c.from)!, layout.cards.get(c.to)!] as const);
  const routeTimes: number[] = [];
  const labelTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // A fresh array each run, as the canvas makes after a card moved: the index is rebuilt.
    const cards: Rect[] = [...layout.cards.values()];
    const obstacles = [...cards, ...layout.lanes.map((lane) => ({ ...lane, height: SIZES.laneHeaderHeight }))];
    let start = performance.now();
    const routes = flows.map(([from, to]) => route(from, to, cards));
    routeTimes.push(performance.now() - start);
    start = performance.now();
    for (const { points, labelAt } of routes) place(points, labelAt, LABEL, obstacles);
    labelTimes.push(performance.now() - start);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { routes: median(routeTimes), labels: median(labelTimes) };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
for (const count of [1000, 3000]) {
  const linear = measure(count, linearFlowRoute, linearPlaceFlowLabel);
  const indexed = measure(count, flowRoute, placeFlowLabel);
  console.log(
    `${count} cards, ${count - 1} flows, median of ${RUNS}: ` +
      `routes linear ${ms(linear.routes)}, indexed ${ms(indexed.routes)} (${(linear.routes / indexed.routes).toFixed(1)}x); ` +
      `labels linear ${ms(linear.labels)}, indexed ${ms(indexed.labels)} (${(linear.labels / indexed.labels).toFixed(1)}x)`,
  );
}

// CPU time (user + system) of this process: less swayed than wall time by other jobs on the machine.
function cpuMs(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
for (const count of [1000, 3000]) {
  const journey = generateJourney(count);
  renderJourneySvg(journey);
  const times = Array.from({ length: RUNS }, () => cpuMs(() => renderJourneySvg(journey))).sort((a, b) => a - b);
  console.log(`SVG render of ${count} touchpoints, CPU median of ${RUNS}: ${ms(times[Math.floor(RUNS / 2)]!)}`);
}
