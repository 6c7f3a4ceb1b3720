import { describe, expect, it } from 'vitest';
import { PERSONA_LISTS } from '../../../shared/edit/personaEdits';
import { TOUCHPOINT_TEXT_FIELDS } from '../../../shared/edit/touchpointFields';
import { journeySchema, stageSchema, touchpointSchema } from '../../../shared/model/schema';
import { fieldsOfSchema, idFieldsOf, mapIdFields, textFieldsOf } from '../../../shared/model/schemaWalk';
import { sampleJourney } from '../../helpers/editFixtures';

describe('the shape read from the schema', () => {
  it('lists keys in file order and finds the record lists', () => {
    const keys = (fields: ReturnType<typeof fieldsOfSchema>) => fields.map((f) => f.key);
    expect(keys(fieldsOfSchema(journeySchema)).slice(0, 4)).toEqual(['format', 'version', 'id', 'title']);
    expect(keys(fieldsOfSchema(touchpointSchema).filter((f) => f.items))).toEqual([
      'painPoints',
      'opportunities',
      'metrics',
    ]);
    expect(PERSONA_LISTS).toEqual(['goals', 'needs', 'expectations']);
  });

  it('finds every id and reference with its role, in document order', () => {
    const journey = sampleJourney();
    journey.connections.push({ id: 'flow-1', from: 'tp-a', to: 'tp-c' });
    const fields = idFieldsOf(journey, journeySchema).map((f) => [f.path.join('.'), f.role]);
    expect(fields).toEqual([
      ['id', { role: 'document' }],
      ['stages.0.id', { role: 'item', kind: 'stage' }],
      ['stages.1.id', { role: 'item', kind: 'stage' }],
      ['touchpoints.0.id', { role: 'item', kind: 'touchpoint' }],
      ['touchpoints.0.stageId', { role: 'reference', to: 'stage' }],
      ['touchpoints.0.channel', { role: 'reference', to: 'channel' }],
      ['touchpoints.1.id', { role: 'item', kind: 'touchpoint' }],
      ['touchpoints.1.stageId', { role: 'reference', to: 'stage' }],
      ['touchpoints.1.channel', { role: 'reference', to: 'channel' }],
      ['touchpoints.2.id', { role: 'item', kind: 'touchpoint' }],
      ['touchpoints.2.stageId', { role: 'reference', to: 'stage' }],
      ['touchpoints.2.channel', { role: 'reference', to: 'channel' }],
      ['connections.0.id', { role: 'item', kind: 'connection' }],
      ['connections.0.from', { role: 'reference', to: 'touchpoint' }],
      ['connections.0.to', { role: 'reference', to: 'touchpoint' }],
    ]);
  });

  it('maps ids into a copy and leaves the input and unknown fields alone', () => {
    const journey = { ...sampleJourney(), extra: { id: 'not-an-id-field' } };
    const mapped = mapIdFields(journey, journeySchema, (role, old) => (role.role === 'document' ? old : `${old}!`));
    expect(mapped.touchpoints[0]).toMatchObject({ id: 'tp-a!', stageId: 'stage-discover!', channel: 'website!' });
    expect(mapped.extra).toBe(journey.extra);
    expect(mapped.id).toBe(journey.id);
    expect(journey.touchpoints[0]!.id).toBe('tp-a');
  });
});

describe('the free-text fields', () => {
  it('are the plain strings of an object, not its ids, references, colours or dates', () => {
    expect([...TOUCHPOINT_TEXT_FIELDS]).toEqual(['title', 'description', 'owner', 'notes']);
    expect(textFieldsOf(stageSchema)).toEqual(['name', 'description', 'customerGoal']);
    expect(textFieldsOf(journeySchema)).toEqual(['title', 'description']);
  });
});
