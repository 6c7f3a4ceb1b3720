import { describe, expect, it } from 'vitest';
import { orderCardsV2, orderStepsV2, orderTouchpointsV2, type JourneyV2 } from '../../../../shared/model/v2';
import { readFixture, VALID_V2_SAMPLE } from '../../../helpers/fixtures';

const sample = () => JSON.parse(readFixture(VALID_V2_SAMPLE)) as JourneyV2;

describe('journey order in version 2', () => {
  it('goes stage by stage, then lane by lane from the top', () => {
    expect(orderCardsV2(sample()).map((c) => c.card.id)).toEqual([
      'step-decide', // Book: actions
      'tp-call', // Book: touchpoints
      'step-answer', // Book: frontstage
      'step-diary', // Book: backstage
      'step-system', // Book: support
      'tp-chair', // Treatment: touchpoints
      'step-sticker', // Treatment: evidence
    ]);
  });

  it('reads a cell top to bottom, then left to right, ties in file order', () => {
    const doc = sample();
    const lane = 'lane-back';
    const at = (id: string, x: number, y: number) => ({
      id,
      stageId: 'stage-treat',
      laneId: lane,
      title: id,
      position: { x, y },
    });
    doc.steps = [at('c', 10, 50), at('a', 90, 10), at('d', 10, 50), at('b', 5, 50)];
    expect(orderStepsV2(doc).map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('follows the order of the lists, not of the file, and lists touchpoints alone', () => {
    const doc = sample();
    doc.stages.reverse();
    doc.lanes.reverse();
    expect(orderCardsV2(doc).map((c) => c.card.id)).toEqual([
      'step-sticker',
      'tp-chair',
      'step-system',
      'step-diary',
      'step-answer',
      'tp-call',
      'step-decide',
    ]);
    expect(orderTouchpointsV2(doc).map((t) => t.id)).toEqual(['tp-chair', 'tp-call']);
  });

  it('is pure, and puts a card of an unknown lane last in its stage, of an unknown stage last of all', () => {
    const doc = sample();
    doc.steps[0]!.laneId = 'lane-gone';
    doc.touchpoints[1]!.stageId = 'stage-gone';
    const before = JSON.stringify(doc);
    const order = orderCardsV2(doc).map((c) => c.card.id);
    expect(order.indexOf('step-decide')).toBe(order.indexOf('step-system') + 1);
    expect(order.at(-1)).toBe('tp-chair');
    expect(JSON.stringify(doc)).toBe(before);
  });
});
