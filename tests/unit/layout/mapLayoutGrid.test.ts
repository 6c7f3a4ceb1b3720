/** The map as a grid: stage columns by lanes, cards in their cell, rows and columns grown to fit. */
import { describe, expect, it } from 'vitest';
import { dropTarget, layoutMap, nextSlotInCell } from '../../../shared/layout/mapLayout';
import { SIZES } from '../../../shared/layout/tokens';
import { createStep, type Journey } from '../../../shared/model';
import { sampleJourney } from '../../helpers/editFixtures';

/** The sample (stages Discover and Buy, lane-1 of touchpoints) with a backstage lane holding one step. */
function blueprint(): Journey {
  const j = sampleJourney();
  return {
    ...j,
    lanes: [...j.lanes, { id: 'lane-back', name: 'Backstage', kind: 'backstage' }],
    steps: [createStep('stage-buy', 'lane-back', { id: 'step-1', title: 'Pick', position: { x: 24, y: 300 } })],
  };
}

describe('layoutMap as a grid', () => {
  it('keeps a one-lane map as the single swimlane it always was', () => {
    const layout = layoutMap(sampleJourney());
    expect(layout.rows).toHaveLength(1);
    expect(layout.rows[0]).toMatchObject({ laneId: 'lane-1', y: SIZES.laneHeaderHeight });
    expect(layout.height).toBe(SIZES.laneMinHeight);
    const a = layout.cards.get('tp-a')!;
    expect([a.x, a.y]).toEqual([24, SIZES.laneHeaderHeight + 24]);
  });

  it('puts each card in its cell, and grows a row to its tallest cell and a column to its widest', () => {
    const layout = layoutMap(blueprint());
    const [touchpoints, back] = layout.rows;
    expect(back!.y).toBe(touchpoints!.y + touchpoints!.height);
    // The step at y = 300 in its cell makes its row that tall, in every column.
    expect(back!.height).toBe(300 + SIZES.cardHeight + SIZES.lanePadding);
    const buy = layout.lanes[1]!;
    expect(layout.cards.get('step-1')).toEqual({
      x: buy.x + 24,
      y: back!.y + 300,
      width: SIZES.cardWidth,
      height: SIZES.cardHeight,
    });
    expect(layout.height).toBe(back!.y + back!.height);
    expect(layout.lanes.every((column) => column.height === layout.height)).toBe(true);
    // Lane headers sit left of the first stage.
    expect(layout.rowHeaders.x + layout.rowHeaders.width).toBeLessThan(0);
  });

  it('moves a lane’s cards with it when the lanes are reordered', () => {
    const j = blueprint();
    const swapped = layoutMap({ ...j, lanes: [j.lanes[1]!, j.lanes[0]!] });
    expect(swapped.cards.get('step-1')!.y).toBe(SIZES.laneHeaderHeight + 300);
  });
});

describe('dropTarget across cells', () => {
  const layout = layoutMap(blueprint());
  const [touchpoints, back] = layout.rows;
  const buy = layout.lanes[1]!;

  it('gives the stage and lane under the card’s centre, and its place in that cell', () => {
    expect(dropTarget(layout, { x: buy.x + 40, y: back!.y + 16 }, 'step')).toEqual({
      stageId: 'stage-buy',
      laneId: 'lane-back',
      position: { x: 40, y: 16 },
    });
    expect(dropTarget(layout, { x: 30, y: touchpoints!.y + 50 }, 'touchpoint')).toEqual({
      stageId: 'stage-discover',
      laneId: 'lane-1',
      position: { x: 30, y: 50 },
    });
  });

  it('keeps a card in a lane that holds its kind: a touchpoint over a step lane goes to the nearest touchpoint lane', () => {
    const target = dropTarget(layout, { x: buy.x + 40, y: back!.y + 16 }, 'touchpoint')!;
    expect(target.laneId).toBe('lane-1');
    expect(dropTarget(layoutMap(sampleJourney()), { x: 10, y: 80 }, 'step')).toBeNull();
  });
});

describe('nextSlotInCell', () => {
  it('is below the lowest card of that cell only', () => {
    const j = blueprint();
    expect(nextSlotInCell(j, 'stage-buy', 'lane-back')).toEqual({
      x: SIZES.lanePadding,
      y: 300 + SIZES.cardHeight + SIZES.cardGap,
    });
    expect(nextSlotInCell(j, 'stage-discover', 'lane-back')).toEqual({ x: SIZES.lanePadding, y: SIZES.lanePadding });
  });
});
