/**
 * How long a participant spends reading one remote change of a live workshop's document, the
 * whole way (journeyFromDoc, then keepUnchanged, as the session did) and the incremental way
 * (shared/workshop/incrementalJourney.ts), on maps of 300 and 3,000 cards: one card's title at
 * a time, as the workshop bench's remote edits are. Run: npx vite-node tests/bench/workshopReadCost.ts
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { applyJourneyToDoc, ITEMS_KEY, journeyFromDoc, keepUnchanged } from '../../shared/workshop';
import { readJourneyIncrementally } from '../../shared/workshop/incrementalJourney';
import { guestJourney } from './guestJourney';

const CHANGES = 200;

function rename(doc: Y.Doc, id: string, title: string): void {
  const items = (doc.getMap('journey').get('touchpoints') as Y.Map<unknown>).get(ITEMS_KEY) as Y.Map<Y.Map<unknown>>;
  doc.transact(() => items.get(id)!.set('title', title));
}

function measure(cards: number, way: 'whole' | 'incremental'): { median: number; p95: number } {
  const doc = new Y.Doc();
  applyJourneyToDoc(doc, guestJourney(cards, 'read-cost', 'Read cost'));
  const reader = way === 'incremental' ? readJourneyIncrementally(doc) : null;
  let current = reader ? reader.read() : journeyFromDoc(doc);
  const times: number[] = [];
  for (let change = 0; change < CHANGES; change++) {
    rename(doc, `t${(change * 7) % cards}`, `Edit ${change}`);
    const start = performance.now();
    if (reader) current = reader.read();
    else {
      const read = journeyFromDoc(doc);
      if (read.ok && current.ok) current = { ok: true, journey: keepUnchanged(current.journey, read.journey) };
    }
    times.push(performance.now() - start);
    if (!current.ok) throw new Error('the map stopped being valid');
  }
  reader?.destroy();
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(CHANGES / 2)]!, p95: times[Math.floor(CHANGES * 0.95)]! };
}

for (const cards of [300, 3000]) {
  for (const way of ['whole', 'incremental'] as const) {
    const { median, p95 } = measure(cards, way);
    console.log(`${cards} cards, ${way}: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms per change`);
  }
}
