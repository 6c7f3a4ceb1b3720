// Writes the broken-file corpus (tests/fixtures/broken). Run once; the files are committed.
import { writeFileSync, readFileSync } from 'node:fs';

const dir = new URL('../tests/fixtures/broken/', import.meta.url);
const valid = JSON.parse(
  readFileSync(new URL('../tests/fixtures/valid/coffee-order.journey', import.meta.url), 'utf8'),
);
const write = (name, content) => writeFileSync(new URL(name, dir), content);
const mutate = (name, fn) => {
  const doc = structuredClone(valid);
  fn(doc);
  write(name, JSON.stringify(doc, null, 2) + '\n');
};

write('empty.journey', '');
write('whitespace.journey', '  \n\n ');
write('not-json.journey', 'title: my journey\nstages: [discover, buy]\n');
write('truncated.journey', JSON.stringify(valid, null, 2).slice(0, 700));
write('trailing-comma.journey', '{\n  "format": "journey-studio",\n  "version": 1,\n}\n');
write(
  'binary.journey',
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x00, 0x01]),
);
write(
  'deep-nesting.journey',
  `{"format":"journey-studio","version":1,"extra":${'['.repeat(100000)}${']'.repeat(100000)}}`,
);
write('array-root.journey', '[1, 2, 3]\n');
mutate('wrong-format.journey', (d) => (d.format = 'miro-board'));
mutate('missing-format.journey', (d) => delete d.format);
mutate('newer-version.journey', (d) => (d.version = 7));
mutate('wrong-types.journey', (d) => {
  d.title = 42;
  d.stages[0].name = null;
  d.touchpoints[0].momentOfTruth = 'yes';
  d.touchpoints[1].painPoints = {};
});
mutate('out-of-range.journey', (d) => {
  d.touchpoints[0].emotion = 3;
  d.touchpoints[0].painPoints[0].severity = 7;
  d.touchpoints[1].tier = 'wow';
  d.touchpoints[2].opportunities.push({ id: 'opp-x', text: 'x', impact: 0, effort: 9, status: 'someday' });
});
mutate('dangling-references.journey', (d) => {
  d.touchpoints[0].stageId = 'stage-gone';
  d.touchpoints[1].channel = 'carrier-pigeon';
  d.connections[0].to = 'tp-gone';
});
mutate('repeated-ids.journey', (d) => {
  d.touchpoints[1].id = d.touchpoints[0].id;
  d.stages[1].id = d.stages[0].id;
});
mutate('missing-fields.journey', (d) => {
  delete d.touchpoints[0].position;
  delete d.stages;
  delete d.createdAt;
});
mutate('bad-dates.journey', (d) => (d.updatedAt = 'last tuesday'));
write(
  'proto-key.journey',
  JSON.stringify(valid, null, 2).replace(
    '"title": "Order coffee ahead"',
    '"__proto__": { "polluted": true }, "title": "Order coffee ahead"',
  ),
);
write(
  'constructor-key.journey',
  JSON.stringify(valid, null, 2).replace(
    '"id": "stage-discover",',
    '"constructor": { "prototype": { "polluted": true } }, "id": "stage-discover",',
  ),
);
write(
  'invalid-utf8.journey',
  Buffer.concat([Buffer.from('{"format":"journey-studio","title":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]),
);
