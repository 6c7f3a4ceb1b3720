/** The journey document as React Flow nodes and edges, positioned by the shared map layout. */
import { BUILT_IN_CHANNELS, channelName, type Journey } from '../../shared/model';
import { type MapLayout } from '../../shared/layout/mapLayout';
import type { JourneyEdge, JourneyNode } from './flowTypes';

const CUSTOM_CHANNEL_ICON = '◆';

export function buildNodes(journey: Journey, layout: MapLayout, selected: ReadonlySet<string>): JourneyNode[] {
  const nodes: JourneyNode[] = [];
  const stages = new Map(journey.stages.map((s) => [s.id, s]));
  for (const lane of layout.lanes) {
    const stage = stages.get(lane.stageId)!;
    nodes.push({
      id: `lane:${lane.stageId}`,
      type: 'stage',
      position: { x: lane.x, y: lane.y },
      data: { stage, index: lane.index, width: lane.width, height: lane.height },
      width: lane.width,
      height: lane.height,
      draggable: false,
      selectable: false,
      focusable: false,
      zIndex: -1,
      ariaLabel: `Stage ${stage.name}`,
    });
  }
  for (const tp of journey.touchpoints) {
    const rect = layout.cards.get(tp.id);
    if (!rect) continue;
    const builtIn = BUILT_IN_CHANNELS.find((c) => c.id === tp.channel);
    nodes.push({
      id: tp.id,
      type: 'touchpoint',
      position: { x: rect.x, y: rect.y },
      data: {
        touchpoint: tp,
        channelName: channelName(tp.channel, journey.channels),
        channelIcon: builtIn?.icon ?? CUSTOM_CHANNEL_ICON,
      },
      width: rect.width,
      height: rect.height,
      selected: selected.has(tp.id),
      ariaLabel: `Touchpoint ${tp.title}`,
      ariaRole: 'button',
    });
  }
  return nodes;
}

export function buildEdges(journey: Journey, selected: ReadonlySet<string>): JourneyEdge[] {
  return journey.connections.map((c) => ({
    id: c.id,
    source: c.from,
    target: c.to,
    label: c.label,
    selected: selected.has(c.id),
    type: 'smoothstep',
    ariaLabel: `Flow ${c.label ?? ''}`.trim(),
  }));
}
