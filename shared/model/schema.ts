/**
 * The normative `.journey` schema, format version 1 (DESIGN.md "File format").
 * Objects are loose so that fields written by newer tools or by hand survive a load/save.
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
export const FORMAT_VERSION = 1;

const id = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const text = z.string();
const optionalText = z.string().optional();
const score = z.number().int('must be a whole number').min(SCORE_MIN).max(SCORE_MAX);

export const personaSchema = z.looseObject({
  name: text,
  description: text,
  goals: z.array(text),
  needs: z.array(text),
  expectations: z.array(text),
});

/** A stage lane colour chosen by the user (this project's addition to format version 1, docs/format.md: optional, so older files stay valid). */
export const stageColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #aabbcc');

export const stageSchema = z.looseObject({
  id,
  name: text,
  description: optionalText,
  customerGoal: optionalText,
  color: stageColor.optional(),
});

export const painPointSchema = z.looseObject({
  id,
  text,
  severity: z.number().int('must be a whole number').min(SEVERITY_MIN).max(SEVERITY_MAX),
  source: z.enum(PAIN_SOURCES),
  evidence: optionalText,
});

export const opportunitySchema = z.looseObject({
  id,
  text,
  impact: score,
  effort: score,
  owner: optionalText,
  status: z.enum(OPPORTUNITY_STATUSES),
});

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const metricSchema = z.looseObject({
  id,
  kpi: z.enum(KPI_IDS),
  label: optionalText,
  unit: optionalText,
  baseline: finite.optional(),
  current: finite.optional(),
  target: finite.optional(),
  higherIsBetter: z.boolean(),
});

export const positionSchema = z.looseObject({ x: finite, y: finite });

export const touchpointSchema = z.looseObject({
  id,
  stageId: id,
  title: text,
  description: optionalText,
  channel: id,
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

export const connectionSchema = z.looseObject({ id, from: id, to: id, label: optionalText });

export const channelSchema = z.looseObject({ id, name: text });

const isoDate = z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date and time' });

export const journeySchema = z.looseObject({
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION),
  id,
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
