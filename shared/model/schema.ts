/**
 * The normative `.journey` schema, format version 1 (docs/journey.schema.json is generated from it),
 * and the single source of the model: the types in types.ts, the serializer's key order, the edit
 * patch types, the id and reference fields that validation and id remapping walk, and the fuzz
 * tables are all derived from these shapes (see schemaWalk.ts).
 *
 * The objects here are strict, so the inferred types have no index signature and a misspelt
 * field fails typecheck. Files are parsed with the loose twin in fileSchema.ts, which keeps the
 * fields written by newer tools or by hand through a load/save.
 */
import { z } from 'zod';
import {
  EMOTION_MAX,
  EMOTION_MIN,
  KPI_IDS,
  OPPORTUNITY_STATUSES,
  PAIN_SOURCES,
  SCORE_MAX,
  SCORE_MIN,
  SEVERITY_MAX,
  SEVERITY_MIN,
  TIERS,
} from './catalogues';

export const FORMAT_NAME = 'journey-studio';
export const FORMAT_VERSION_V1 = 1;

/** The longest id a file may hold. */
export const MAX_ID_LENGTH = 200;
/** An id or a reference: non-empty, bounded (every format version uses it). */
export const idText = () =>
  z.string().min(1, 'must not be empty').max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`);

/** The kinds of item that have an id unique within a document, and the prefix of ids made for them. */
export const ITEM_ID_PREFIXES = {
  stage: 'stage',
  touchpoint: 'tp',
  painPoint: 'pain',
  opportunity: 'opp',
  metric: 'metric',
  connection: 'flow',
  channel: 'channel',
} as const;
export type ItemKind = keyof typeof ITEM_ID_PREFIXES;
export const DOCUMENT_ID_PREFIX = 'journey';
/** The kinds a reference can name; a channel reference may also name a built-in channel. */
export type ReferenceTarget = 'stage' | 'touchpoint' | 'channel';

/**
 * What an id-like field means. `document` is the journey's own id (not one of its items, so not
 * in the uniqueness rule); `item` is an item's id; `reference` names another item.
 */
export type IdRole =
  { role: 'document' } | { role: 'item'; kind: ItemKind } | { role: 'reference'; to: ReferenceTarget };
/** Kept apart from zod's global registry so the roles stay out of the published JSON Schema. */
export const idRoles = z.registry<IdRole>();

const documentId = () => idText().register(idRoles, { role: 'document' });
const itemId = (kind: ItemKind) => idText().register(idRoles, { role: 'item', kind });
const reference = (to: ReferenceTarget) => idText().register(idRoles, { role: 'reference', to });

const text = z.string();
const optionalText = z.string().optional();
const score = z.number().int('must be a whole number').min(SCORE_MIN).max(SCORE_MAX);

export const personaSchema = z.strictObject({
  name: text,
  description: text,
  goals: z.array(text),
  needs: z.array(text),
  expectations: z.array(text),
});

/** A stage lane colour chosen by the user (this project's addition to format version 1, docs/format.md: optional, so older files stay valid). */
export const stageColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #aabbcc');

export const stageSchema = z.strictObject({
  id: itemId('stage'),
  name: text,
  description: optionalText,
  customerGoal: optionalText,
  color: stageColor.optional(),
});

export const painPointSchema = z.strictObject({
  id: itemId('painPoint'),
  text,
  severity: z.number().int('must be a whole number').min(SEVERITY_MIN).max(SEVERITY_MAX),
  source: z.enum(PAIN_SOURCES),
  evidence: optionalText,
});

export const opportunitySchema = z.strictObject({
  id: itemId('opportunity'),
  text,
  impact: score,
  effort: score,
  owner: optionalText,
  status: z.enum(OPPORTUNITY_STATUSES),
});

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const metricSchema = z.strictObject({
  id: itemId('metric'),
  kpi: z.enum(KPI_IDS),
  label: optionalText,
  unit: optionalText,
  baseline: finite.optional(),
  current: finite.optional(),
  target: finite.optional(),
  higherIsBetter: z.boolean(),
});

export const positionSchema = z.strictObject({ x: finite, y: finite });

export const touchpointSchema = z.strictObject({
  id: itemId('touchpoint'),
  stageId: reference('stage'),
  title: text,
  description: optionalText,
  channel: reference('channel'),
  tier: z.enum(TIERS),
  emotion: z.number().int('must be a whole number').min(EMOTION_MIN).max(EMOTION_MAX).optional(),
  momentOfTruth: z.boolean(),
  painPoints: z.array(painPointSchema),
  opportunities: z.array(opportunitySchema),
  metrics: z.array(metricSchema),
  owner: optionalText,
  notes: optionalText,
  position: positionSchema,
});

export const connectionSchema = z.strictObject({
  id: itemId('connection'),
  from: reference('touchpoint'),
  to: reference('touchpoint'),
  label: optionalText,
});

export const channelSchema = z.strictObject({ id: itemId('channel'), name: text });

const isoDate = z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date and time' });

export const journeySchema = z.strictObject({
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION_V1),
  id: documentId(),
  title: text,
  description: optionalText,
  persona: personaSchema.optional(),
  stages: z.array(stageSchema),
  touchpoints: z.array(touchpointSchema),
  connections: z.array(connectionSchema),
  channels: z.array(channelSchema).optional(),
  createdAt: isoDate,
  updatedAt: isoDate,
});
