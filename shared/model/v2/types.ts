import type { z } from 'zod';
import type {
  channelSchemaV2,
  connectionSchemaV2,
  emotionsSchema,
  journeySchemaV2,
  laneSchema,
  metricSchemaV2,
  opportunitySchemaV2,
  painPointSchemaV2,
  personaSchemaV2,
  positionSchemaV2,
  stageSchemaV2,
  stepSchema,
  touchpointSchemaV2,
} from './schema';

export type JourneyV2 = z.infer<typeof journeySchemaV2>;
export type PersonaV2 = z.infer<typeof personaSchemaV2>;
export type StageV2 = z.infer<typeof stageSchemaV2>;
export type Lane = z.infer<typeof laneSchema>;
export type TouchpointV2 = z.infer<typeof touchpointSchemaV2>;
export type Emotions = z.infer<typeof emotionsSchema>;
export type Step = z.infer<typeof stepSchema>;
export type PainPointV2 = z.infer<typeof painPointSchemaV2>;
export type OpportunityV2 = z.infer<typeof opportunitySchemaV2>;
export type MetricV2 = z.infer<typeof metricSchemaV2>;
export type ConnectionV2 = z.infer<typeof connectionSchemaV2>;
export type CustomChannelV2 = z.infer<typeof channelSchemaV2>;
export type PositionV2 = z.infer<typeof positionSchemaV2>;
/** A card on the grid: a touchpoint (in a touchpoint lane) or a step (in any other lane). */
export type Card = { kind: 'touchpoint'; card: TouchpointV2 } | { kind: 'step'; card: Step };
