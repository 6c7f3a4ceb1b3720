/**
 * The version 2 schema: derived from version 1 where the format says "as in version 1", its ids
 * and references tagged in its own registry, strict types and a loose twin for files.
 */
import { describe, expect, it } from 'vitest';
import {
  channelSchema,
  connectionSchema,
  journeySchema,
  metricSchema,
  opportunitySchema,
  painPointSchema,
  personaSchema,
  stageSchema,
  touchpointSchema,
} from '../../../../shared/model/schema';
import { fieldsOfSchema, type ObjectSchema } from '../../../../shared/model/schemaWalk';
import {
  createJourneyV2,
  createLane,
  createPersona,
  createStep,
  createTouchpointV2,
  channelSchemaV2,
  connectionSchemaV2,
  journeyFileSchemaV2,
  metricSchemaV2,
  opportunitySchemaV2,
  painPointSchemaV2,
  personaSchemaV2,
  stageSchemaV2,
  journeySchemaV2,
  touchpointSchemaV2,
  validateJourneyV2,
  walkV2,
  type JourneyV2,
  type Lane,
  type Step,
  type TouchpointV2,
} from '../../../../shared/model/v2';
import { readFixture, VALID_V2_SAMPLE } from '../../../helpers/fixtures';

const keys = (fields: { key: string }[]) => fields.map((f) => f.key);
/** A version 1 object, its version 2 twin, the fields version 2 drops and those it adds. */
type Twins = [name: string, v1: ObjectSchema, v2: ObjectSchema, removed: string[], added: string[]];

describe('the version 2 schema', () => {
  const twins: Twins[] = [
    ['persona', personaSchema, personaSchemaV2, [], ['id', 'color']],
    ['stage', stageSchema, stageSchemaV2, [], []],
    ['touchpoint', touchpointSchema, touchpointSchemaV2, ['emotion'], ['laneId', 'emotions']],
    ['pain point', painPointSchema, painPointSchemaV2, [], ['votes']],
    ['opportunity', opportunitySchema, opportunitySchemaV2, [], ['votes']],
    ['metric', metricSchema, metricSchemaV2, [], []],
    ['connection', connectionSchema, connectionSchemaV2, [], []],
    ['channel', channelSchema, channelSchemaV2, [], []],
  ];
  it.each(twins)('gives a %s every version 1 field but %j, plus %j', (_, v1, v2, removed, added) => {
    // So a field added to version 1 fails here until version 2 has it too.
    const v1Keys = keys(fieldsOfSchema(v1)).filter((k) => !removed.includes(k));
    expect(keys(walkV2.fieldsOfSchema(v2)).filter((k) => !added.includes(k))).toEqual(v1Keys);
  });

  it('puts laneId after stageId and emotions in the place of emotion', () => {
    const v2 = keys(walkV2.fieldsOfSchema(touchpointSchemaV2));
    expect(v2.slice(0, 3)).toEqual(['id', 'stageId', 'laneId']);
    expect(v2.indexOf('emotions')).toBe(keys(fieldsOfSchema(touchpointSchema)).indexOf('emotion') + 1);
  });

  it('has the version 1 document fields, persona as personas, plus lanes and steps, in file order', () => {
    expect(keys(walkV2.fieldsOfSchema(journeySchemaV2))).toEqual([
      'format',
      'version',
      'id',
      'title',
      'description',
      'personas',
      'stages',
      'lanes',
      'touchpoints',
      'steps',
      'connections',
      'channels',
      'createdAt',
      'updatedAt',
    ]);
    const v1 = keys(fieldsOfSchema(journeySchema)).filter((k) => k !== 'persona');
    expect(
      keys(walkV2.fieldsOfSchema(journeySchemaV2)).filter((k) => !['personas', 'lanes', 'steps'].includes(k)),
    ).toEqual(v1);
  });

  it('tags every id and reference in its own registry, emotion keys as persona references', () => {
    const journey = JSON.parse(readFixture(VALID_V2_SAMPLE)) as JourneyV2;
    const roles = walkV2.idFieldsOf(journey, journeySchemaV2);
    const at = (path: string) => roles.find((f) => f.path.join('.') === path)?.role;
    expect(at('id')).toEqual({ role: 'document' });
    expect(at('personas.0.id')).toEqual({ role: 'item', kind: 'persona' });
    expect(at('lanes.0.id')).toEqual({ role: 'item', kind: 'lane' });
    expect(at('steps.0.id')).toEqual({ role: 'item', kind: 'step' });
    expect(at('steps.0.laneId')).toEqual({ role: 'reference', to: 'lane' });
    expect(at('touchpoints.1.emotions.persona-child')).toEqual({ role: 'reference', to: 'persona' });
    expect(at('touchpoints.0.painPoints.0.id')).toEqual({ role: 'item', kind: 'painPoint' });
    expect(at('touchpoints.1.metrics.0.id')).toEqual({ role: 'item', kind: 'metric' });
    expect(at('connections.0.from')).toEqual({ role: 'reference', to: 'card' });
    expect(at('channels.0.id')).toEqual({ role: 'item', kind: 'channel' });
    // Version 1's walk knows none of version 2's tags.
    expect(fieldsOfSchema(touchpointSchemaV2).some((f) => f.idRole ?? f.keyRole)).toBe(false);
  });

  it('renames emotion keys with the personas when ids are mapped', () => {
    const journey = JSON.parse(readFixture(VALID_V2_SAMPLE)) as JourneyV2;
    // Channel references may name built-in channels, which keep their ids.
    const renamed = walkV2.mapIdFields(journey, journeySchemaV2, (role, old) =>
      role.role === 'document' || (role.role === 'reference' && role.to === 'channel') ? old : `new-${old}`,
    );
    expect(renamed.touchpoints[1]!.emotions).toEqual({ 'new-persona-child': -2, 'new-persona-parent': 0 });
    expect(renamed.personas[0]!.id).toBe('new-persona-child');
    expect(validateJourneyV2(renamed).ok).toBe(true);
  });

  it('keeps unknown fields at every level in its file twin, and the strict schema refuses them', () => {
    const doc = JSON.parse(readFixture(VALID_V2_SAMPLE)) as Record<string, unknown>;
    expect(journeyFileSchemaV2.parse(doc)).toEqual(doc);
    expect(journeySchemaV2.safeParse(doc).success).toBe(false);
  });

  it('has factories whose results are valid', () => {
    const journey = createJourneyV2({ title: 'New', now: new Date('2026-01-01T00:00:00Z') });
    expect(journey.lanes.map((l) => l.kind)).toEqual(['touchpoints']);
    const persona = createPersona({ name: 'P' });
    const stage = { id: 'stage-1', name: 'S' };
    const back = createLane('backstage');
    const tp = createTouchpointV2(stage.id, journey.lanes[0]!.id, { emotions: { [persona.id]: 2 } });
    const step = createStep(stage.id, back.id);
    const full = {
      ...journey,
      personas: [persona],
      stages: [stage],
      lanes: [...journey.lanes, back],
      touchpoints: [tp],
      steps: [step],
    };
    expect(validateJourneyV2(journey)).toMatchObject({ ok: true });
    expect(validateJourneyV2(full)).toMatchObject({ ok: true });
  });

  it('refuses misspelt fields and wrong values at compile time', () => {
    // @ts-expect-error a lane kind outside the eight
    const lane: Lane = { id: 'l', name: '', kind: 'swimlane' };
    // @ts-expect-error a step has no emotions
    const step: Step = { ...createStep('s', 'l'), emotions: {} };
    // @ts-expect-error version 2 touchpoints rate per persona, not with one emotion
    const tp: TouchpointV2 = { ...createTouchpointV2('s', 'l'), emotion: 1 };
    expect([lane, step, tp]).toHaveLength(3);
  });
});
