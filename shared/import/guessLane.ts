/**
 * The lane kind another tool's row name suggests: a lane kind's own name in any of the three
 * languages (vocabulary.ts), else a word in it ("Backstage actions", "Customer thoughts").
 * A row of pain points is no lane in this model: its cards become pain points.
 */
import type { LaneKind } from '../model/v2';
import { laneKindOf } from './vocabulary';

export type RowKind = LaneKind | 'painPoints';

const KEYWORDS: [RegExp, RowKind][] = [
  [/pain|痛点|痛點|frustrat/i, 'painPoints'],
  [/touch ?point|journey|触点|觸點|接点/i, 'touchpoints'],
  [/front ?stage|on ?stage|前台|前臺/i, 'frontstage'],
  [/back ?stage|后台|後台|後臺/i, 'backstage'],
  [/support|system|支持|支援|系统|系統/i, 'support'],
  [/evidence|physical|证据|證據|实体|實體/i, 'evidence'],
  [/think|thought|feel|emotion|quote|想法|感受|情绪|情緒/i, 'thoughts'],
  [/action|doing|does|行为|行為|行动|行動/i, 'actions'],
  [/note|备注|備註/i, 'notes'],
];

export function rowKindOf(name: string): RowKind | undefined {
  const kind = laneKindOf(name);
  if (kind) return kind;
  return KEYWORDS.find(([pattern]) => pattern.test(name))?.[1];
}
