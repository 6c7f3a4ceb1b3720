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

/**
 * The app's model is format version 2 (v2/types.ts): these are the names the editor, the
 * layout, the exports, the report and the CLI use. Version 1 keeps explicit `…V1` names below,
 * for its loader, its migration to version 2 and the tests of both.
 */
export type {
  JourneyV2 as Journey,
  PersonaV2 as Persona,
  StageV2 as Stage,
  TouchpointV2 as Touchpoint,
  PainPointV2 as PainPoint,
  OpportunityV2 as Opportunity,
  MetricV2 as Metric,
  ConnectionV2 as Connection,
  CustomChannelV2 as CustomChannel,
  PositionV2 as Position,
  Lane,
  Step,
  Card,
  Emotions,
} from './v2/types';

export type JourneyV1 = z.infer<typeof journeySchema>;
export type PersonaV1 = z.infer<typeof personaSchema>;
export type StageV1 = z.infer<typeof stageSchema>;
export type TouchpointV1 = z.infer<typeof touchpointSchema>;
export type PainPointV1 = z.infer<typeof painPointSchema>;
export type OpportunityV1 = z.infer<typeof opportunitySchema>;
export type MetricV1 = z.infer<typeof metricSchema>;
export type ConnectionV1 = z.infer<typeof connectionSchema>;
export type CustomChannelV1 = z.infer<typeof channelSchema>;
export type PositionV1 = z.infer<typeof positionSchema>;

/** One thing wrong with a file: where (`touchpoints[2].painPoints[0].severity`) and what. */
export interface Problem {
  path: string;
  /** English: what the command line prints and tests compare, word for word. */
  message: string;
  /**
   * For the app: the catalogue key under fileProblem.* and its values, to say the same in the UI
   * language (problemText.ts). Without one, the English message is shown.
   */
  code?: string;
  values?: Record<string, string | number>;
}

export function formatProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}
