/**
 * The `.journey` schema, format version 2 (docs/format.md "Version 2"; docs/journey.v2.schema.json
 * is generated from it): the map as a grid of stages (columns) and lanes (rows), touchpoints in
 * touchpoint lanes, steps in the other lanes, emotions per persona, votes on pain points and
 * opportunities. Like version 1 (../schema.ts) these shapes are the single source of the
 * version 2 model: types, key order, id and reference tags, the fuzz tables.
 *
 * Objects are strict (typos fail typecheck); files are parsed with the loose twin (fileSchema.ts).
 * Ids and references are tagged in this version's own registry, `idRolesV2`, so version 1's
 * walk and checks never see version 2's kinds and the reverse. Fields version 2 shares with
 * version 1 are taken from version 1's shapes, so a change there reaches both.
 */
import { z } from 'zod';
import { EMOTION_MAX, EMOTION_MIN } from '../catalogues';
import {
  FORMAT_NAME,
  ITEM_ID_PREFIXES,
  channelSchema,
  connectionSchema,
  idText,
  journeySchema,
  metricSchema,
  opportunitySchema,
  painPointSchema,
  personaSchema,
  stageColor,
  stageSchema,
  touchpointSchema,
} from '../schema';

export { FORMAT_NAME };
export const FORMAT_VERSION_V2 = 2;

/** The kinds of row a lane can be, in the order the editor offers them. */
export const LANE_KINDS = [
  'touchpoints',
  'actions',
  'thoughts',
  'frontstage',
  'backstage',
  'support',
  'evidence',
  'notes',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];
/** The lane kind that holds touchpoints; every other kind holds steps. */
export const TOUCHPOINT_LANE_KIND: LaneKind = 'touchpoints';

export const MAX_PERSONAS = 8;
export const MIN_LANES = 1;
export const MAX_LANES = 20;
/** A card's position is relative to its cell; both coordinates lie in 0..POSITION_MAX. */
export const POSITION_MAX = 100_000;

/** Item kinds with an id unique across the document, and the prefix of ids made for them. */
export const ITEM_ID_PREFIXES_V2 = { ...ITEM_ID_PREFIXES, persona: 'persona', lane: 'lane', step: 'step' } as const;
export type ItemKindV2 = keyof typeof ITEM_ID_PREFIXES_V2;
/** What a reference can name: `card` is a touchpoint or a step (a connection's ends). */
export type ReferenceTargetV2 = 'persona' | 'stage' | 'lane' | 'card' | 'channel';
/** The item kinds each reference target takes its ids from. */
export const REFERENCE_TARGET_KINDS: Record<ReferenceTargetV2, readonly ItemKindV2[]> = {
  persona: ['persona'],
  stage: ['stage'],
  lane: ['lane'],
  card: ['touchpoint', 'step'],
  channel: ['channel'],
};

export type IdRoleV2 =
  { role: 'document' } | { role: 'item'; kind: ItemKindV2 } | { role: 'reference'; to: ReferenceTargetV2 };
/** Kept apart from zod's global registry so the roles stay out of the published JSON Schema. */
export const idRolesV2 = z.registry<IdRoleV2>();

const documentId = () => idText().register(idRolesV2, { role: 'document' });
const itemId = (kind: ItemKindV2) => idText().register(idRolesV2, { role: 'item', kind });
const reference = (to: ReferenceTargetV2) => idText().register(idRolesV2, { role: 'reference', to });

const text = z.string();
const optionalText = z.string().optional();
const v1Touchpoint = touchpointSchema.shape;

export const personaSchemaV2 = z.strictObject({
  id: itemId('persona'),
  name: personaSchema.shape.name,
  description: optionalText,
  goals: personaSchema.shape.goals,
  needs: personaSchema.shape.needs,
  expectations: personaSchema.shape.expectations,
  /** The colour of this persona's emotion curve. */
  color: stageColor.optional(),
});

/** Stages as in version 1 (the lane colour included), their id in this version's registry. */
export const stageSchemaV2 = stageSchema.extend({ id: itemId('stage') });

export const laneSchema = z.strictObject({
  id: itemId('lane'),
  name: text,
  kind: z.enum(LANE_KINDS),
});

/** Dot voting in workshops: absent means never voted. */
const votes = z.number().int('must be a whole number').min(0).optional();

export const painPointSchemaV2 = painPointSchema.extend({ id: itemId('painPoint'), votes });
export const opportunitySchemaV2 = opportunitySchema.extend({ id: itemId('opportunity'), votes });
export const metricSchemaV2 = metricSchema.extend({ id: itemId('metric') });

const coordinate = z.number().min(0).max(POSITION_MAX);
/** Relative to the card's cell (its stage and lane). */
export const positionSchemaV2 = z.strictObject({ x: coordinate, y: coordinate });

/** A touchpoint's rating per persona: persona id to an integer -2..2; `{}` when unrated. */
export const emotionsSchema = z.record(
  reference('persona'),
  z.number().int('must be a whole number').min(EMOTION_MIN).max(EMOTION_MAX),
);

/** Every version 1 touchpoint field but `emotion`, plus `laneId` and `emotions` (a test holds this). */
export const touchpointSchemaV2 = z.strictObject({
  id: itemId('touchpoint'),
  stageId: reference('stage'),
  /** A lane of kind "touchpoints". */
  laneId: reference('lane'),
  title: v1Touchpoint.title,
  description: v1Touchpoint.description,
  channel: reference('channel'),
  tier: v1Touchpoint.tier,
  emotions: emotionsSchema,
  momentOfTruth: v1Touchpoint.momentOfTruth,
  painPoints: z.array(painPointSchemaV2),
  opportunities: z.array(opportunitySchemaV2),
  metrics: z.array(metricSchemaV2),
  owner: v1Touchpoint.owner,
  notes: v1Touchpoint.notes,
  position: positionSchemaV2,
});

/** A card of a lane that is not a touchpoint lane: a customer action, a thought, a backstage process… */
export const stepSchema = z.strictObject({
  id: itemId('step'),
  stageId: reference('stage'),
  /** A lane of any kind but "touchpoints". */
  laneId: reference('lane'),
  title: text,
  description: optionalText,
  owner: optionalText,
  position: positionSchemaV2,
});

/** A link between any two cards (touchpoints or steps), never a card to itself, one per (from, to). */
export const connectionSchemaV2 = z.strictObject({
  id: itemId('connection'),
  from: reference('card'),
  to: reference('card'),
  label: connectionSchema.shape.label,
});

export const channelSchemaV2 = channelSchema.extend({ id: itemId('channel') });

const v1Journey = journeySchema.shape;

export const journeySchemaV2 = z.strictObject({
  format: v1Journey.format,
  version: z.literal(FORMAT_VERSION_V2),
  id: documentId(),
  title: v1Journey.title,
  description: v1Journey.description,
  /** The first is the primary persona (version 1's `persona`). */
  personas: z.array(personaSchemaV2).max(MAX_PERSONAS),
  stages: z.array(stageSchemaV2),
  /** Rows, top to bottom; at least one of kind "touchpoints". */
  lanes: z.array(laneSchema).min(MIN_LANES).max(MAX_LANES),
  touchpoints: z.array(touchpointSchemaV2),
  steps: z.array(stepSchema),
  connections: z.array(connectionSchemaV2),
  channels: z.array(channelSchemaV2).optional(),
  createdAt: v1Journey.createdAt,
  updatedAt: v1Journey.updatedAt,
});
