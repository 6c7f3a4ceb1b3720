import type { z } from 'zod';
import type {
  channelSchema,
  connectionSchema,
  journeySchema,
  metricSchema,
  opportunitySchema,
  painPointSchema,
  personaSchema,
  positionSchema,
  stageSchema,
  touchpointSchema,
} from './schema';

export type Journey = z.infer<typeof journeySchema>;
export type Persona = z.infer<typeof personaSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type PainPoint = z.infer<typeof painPointSchema>;
export type Opportunity = z.infer<typeof opportunitySchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Connection = z.infer<typeof connectionSchema>;
export type CustomChannel = z.infer<typeof channelSchema>;
export type Position = z.infer<typeof positionSchema>;

/** One thing wrong with a file: where (`touchpoints[2].painPoints[0].severity`) and what. */
export interface Problem {
  path: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}
