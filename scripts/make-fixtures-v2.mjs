// Writes the version 2 broken-file corpus (tests/fixtures/broken-v2), one file per rule of format
// version 2, each a mutation of tests/fixtures/valid-v2/dental-blueprint.journey. Run once; the
// files are committed, and tests/unit/shared/v2/brokenCorpusV2.test.ts says what each must be refused for.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../tests/fixtures/broken-v2/', import.meta.url);
mkdirSync(dir, { recursive: true });
const valid = JSON.parse(
  readFileSync(new URL('../tests/fixtures/valid-v2/dental-blueprint.journey', import.meta.url), 'utf8'),
);
const mutate = (name, fn) => {
  const doc = structuredClone(valid);
  fn(doc);
  // JSON.stringify writes a lone surrogate as a \ud800 escape, so the file is still UTF-8.
  writeFileSync(new URL(name, dir), JSON.stringify(doc, null, 2) + '\n');
};
const persona = (i) => ({ id: `persona-${i}`, name: `Persona ${i}`, goals: [], needs: [], expectations: [] });

mutate('position-out-of-range.journey', (d) => {
  d.touchpoints[0].position.x = -5;
  d.steps[1].position.y = 100001;
});
mutate('unpaired-surrogate.journey', (d) => (d.steps[0].title = 'Decides \ud800 to book'));
mutate('unknown-lane-kind.journey', (d) => (d.lanes[2].kind = 'swimlane'));
mutate('touchpoint-in-step-lane.journey', (d) => (d.touchpoints[1].laneId = 'lane-evidence'));
mutate('step-in-touchpoint-lane.journey', (d) => (d.steps[4].laneId = 'lane-touch'));
mutate(
  'emotion-key-not-persona.journey',
  (d) => (d.touchpoints[1].emotions = { 'persona-child': -2, 'persona-grandad': 1 }),
);
mutate('emotion-out-of-range.journey', (d) => (d.touchpoints[0].emotions['persona-parent'] = -3));
mutate('self-loop.journey', (d) => d.connections.push({ id: 'flow-loop', from: 'step-diary', to: 'step-diary' }));
mutate('repeated-connection.journey', (d) =>
  d.connections.push({ id: 'flow-again', from: 'step-system', to: 'tp-call', label: 'again' }),
);
mutate('too-many-personas.journey', (d) => {
  for (let i = 1; i <= 7; i++) d.personas.push(persona(i));
});
mutate('repeated-id-across-kinds.journey', (d) => {
  d.steps[2].id = 'lane-back';
  d.connections = d.connections.filter((c) => c.from !== 'step-diary' && c.to !== 'step-diary');
});
mutate('dangling-references.journey', (d) => {
  d.steps[1].laneId = 'lane-gone';
  d.connections[1].to = 'step-gone';
});
mutate('no-touchpoint-lane.journey', (d) => {
  d.lanes = d.lanes.filter((l) => l.kind !== 'touchpoints');
  d.touchpoints = [];
  d.connections = [];
});
mutate('too-many-lanes.journey', (d) => {
  for (let i = 1; d.lanes.length < 21; i++) d.lanes.push({ id: `lane-note-${i}`, name: `Notes ${i}`, kind: 'notes' });
});
mutate('bad-votes.journey', (d) => {
  d.touchpoints[0].painPoints[0].votes = -1;
  d.touchpoints[0].opportunities[0].votes = 2.5;
});
mutate('bad-persona-colour.journey', (d) => (d.personas[1].color = 'teal'));
mutate('reserved-persona-id.journey', (d) => {
  d.personas[0].id = 'constructor';
  d.touchpoints[1].emotions = { 'persona-parent': 0 };
});
