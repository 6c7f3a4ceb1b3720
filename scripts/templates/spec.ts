/**
 * Authoring format for the built-in templates: every text in all three languages side by
 * side, so the language versions cannot drift apart in structure. Only the generator reads
 * this; the `.journey` files it writes are what the app ships.
 */
import type { KpiId, OpportunityStatus, PainSource, Tier } from '../../shared/model/catalogues';
import type { LaneKind } from '../../shared/model/v2/schema';
import type { TemplateLang } from '../../shared/templates/types';

export type Text = Record<TemplateLang, string>;

/** One text in English, Simplified Chinese and Traditional Chinese. */
export const t = (en: string, zhCN: string, zhTW: string): Text => ({ en, 'zh-CN': zhCN, 'zh-TW': zhTW });

/** A number that may differ per language (money in $, 元 or 新台幣). */
export type LocalNumber = number | Record<TemplateLang, number>;

export interface PainSpec {
  text: Text;
  severity: 1 | 2 | 3 | 4 | 5;
  source: PainSource;
  evidence: Text;
}

export interface OpportunitySpec {
  text: Text;
  impact: 1 | 2 | 3 | 4 | 5;
  effort: 1 | 2 | 3 | 4 | 5;
  owner: Text;
  status: OpportunityStatus;
}

export interface MetricSpec {
  kpi: KpiId;
  label: Text;
  unit?: Text;
  baseline: LocalNumber;
  current: LocalNumber;
  target: LocalNumber;
  higherIsBetter: boolean;
}

export interface TouchpointSpec {
  /** Short name, unique in the template; the file's ids are made from it. */
  key: string;
  title: Text;
  description: Text;
  channel: string;
  tier: Tier;
  emotion: -2 | -1 | 0 | 1 | 2;
  momentOfTruth?: true;
  /** 1 puts the card in the lane's second column (a branch beside the main path). */
  column?: 0 | 1;
  painPoints?: PainSpec[];
  opportunities?: OpportunitySpec[];
  metrics?: MetricSpec[];
  notes?: Text;
}

export interface StageSpec {
  key: string;
  name: Text;
  description: Text;
  customerGoal: Text;
  touchpoints: TouchpointSpec[];
}

/** A lane of the template, top to bottom; the touchpoint lane is the one of kind "touchpoints". */
export interface LaneSpec {
  key: string;
  kind: LaneKind;
  name: Text;
}

/** A step (a card of a lane that is not the touchpoint lane), stacked in its cell in the order given. */
export interface StepSpec {
  key: string;
  stage: string;
  lane: string;
  title: Text;
  owner?: Text;
  description?: Text;
}

export interface TemplateSpec {
  id: string;
  title: Text;
  description: Text;
  persona: { name: Text; description: Text; goals: Text[]; needs: Text[]; expectations: Text[] };
  channels?: { key: string; name: Text }[];
  stages: StageSpec[];
  /** Paths of touchpoint keys; each neighbouring pair becomes one connection (repeats merged). */
  flow: string[][];
  /** Labels of connections, keyed "from>to". */
  flowLabels?: Record<string, Text>;
  /** Every lane top to bottom (a blueprint); absent: one touchpoint lane. */
  lanes?: LaneSpec[];
  steps?: StepSpec[];
  /** Connections between steps and touchpoints, [from key, to key] (a backstage process feeding a touchpoint). */
  stepFlows?: [string, string][];
}

export const PERCENT = t('%', '%', '%');
