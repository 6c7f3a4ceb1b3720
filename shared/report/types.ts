/**
 * The CX report: `report --format json` is this object, and the Markdown, CSV and HTML
 * renderings show the same numbers. Field names are a contract (docs/cli.md "The report contract").
 */
import type { OpportunityStatus, PainSource } from '../model/catalogues';
import type { PersonaFigures } from './personaFigures';
import type { RootCause } from './rootCauses';

export type { PersonaFigures, RootCause };

export interface PyramidCounts {
  utility: number;
  usability: number;
  delight: number;
}

export interface StageFigures {
  id: string;
  name: string;
  touchpointCount: number;
  /** Mean emotion of the stage's rated touchpoints; null when none is rated. */
  averageEmotion: number | null;
  painPointCount: number;
  /** Highest pain-point severity in the stage; null when it has no pain points. */
  worstSeverity: number | null;
  /** Channel ids used in the stage, in journey order, each once. */
  channels: string[];
}

export interface RankedPainPoint {
  id: string;
  touchpointId: string;
  stageId: string;
  text: string;
  severity: number;
  source: PainSource;
  /** The dots it got in a workshop's vote (the file's `votes`), where it got any. */
  votes?: number;
}

export type WarningCode = 'delight-on-broken-base' | 'single-channel-stage' | 'unmeasured-moment-of-truth';

export interface ReportWarning {
  code: WarningCode;
  stageId?: string;
  touchpointId?: string;
  message: string;
}

export interface KpiFigures {
  touchpointId: string;
  metricId: string;
  kpi: string;
  baseline: number | null;
  current: number | null;
  target: number | null;
  /** current - baseline; null when either is missing. */
  delta: number | null;
  /** (current - baseline) / (target - baseline); null when target equals baseline or a value is missing. */
  progress: number | null;
  /** The unit the user typed for the values ("%", "min", "$"); null when none. */
  unit: string | null;
}

export interface RankedOpportunity {
  id: string;
  touchpointId: string;
  text: string;
  impact: number;
  effort: number;
  status: OpportunityStatus;
  /** The dots it got in a workshop's vote (the file's `votes`), where it got any. */
  votes?: number;
}

export interface Report {
  journey: { id: string; title: string };
  totals: {
    stages: number;
    touchpoints: number;
    painPoints: number;
    momentsOfTruth: number;
    /** Cards of the lanes that are not touchpoint lanes. */
    steps: number;
    personas: number;
  };
  /** Stage averages are the primary persona's; `personas` has every persona's. */
  stages: StageFigures[];
  /** Votes descending where any has votes, then severity descending, then journey order. */
  painPoints: RankedPainPoint[];
  pyramid: PyramidCounts & { byStage: Record<string, PyramidCounts> };
  warnings: ReportWarning[];
  /** Touchpoints per channel and stage: every channel in use, every stage, 0 where none. */
  channelMatrix: Record<string, Record<string, number>>;
  /** Journey order, then the metric's order in its touchpoint. */
  kpis: KpiFigures[];
  /** Votes descending where any has votes, then impact descending, then effort ascending (cheaper first), then journey order. */
  opportunities: RankedOpportunity[];
  /** Every persona in the file's order (personaFigures.ts). */
  personas: PersonaFigures[];
  /** Severe pain points traced to the blueprint steps connected to them, ranked like `painPoints` (rootCauses.ts). */
  rootCauses: RootCause[];
}
