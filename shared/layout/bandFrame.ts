/**
 * Where the bands under the lanes go on a laid-out map (mapLayout.ts): the stage columns they
 * span and the bottom of the lanes. The curves and note bands take only this, so they follow
 * however the map above them is laid out.
 */
import type { MapLayout } from './mapLayout';
import type { BandFrame } from './personaCurves';

export function bandFrameOf(layout: MapLayout): BandFrame {
  return {
    columns: layout.lanes.map((lane) => ({ stageId: lane.stageId, x: lane.x, width: lane.width })),
    top: layout.height,
    width: layout.width,
  };
}
