/**
 * Journey order of touchpoints (docs/format.md "Journey order"): stage by stage as the stages
 * are listed, then lane by lane from top to bottom, then inside a cell in reading order (top to
 * bottom, then left to right), ties kept in file order. Reports rank by it and the emotion
 * curve follows it. The model's v2/order.ts is the rule; this is the layout's name for it.
 */
import type { Journey, Touchpoint } from '../model/types';
import { orderTouchpointsV2 } from '../model/v2/order';

export function orderTouchpoints(journey: Journey): Touchpoint[] {
  return orderTouchpointsV2(journey);
}
