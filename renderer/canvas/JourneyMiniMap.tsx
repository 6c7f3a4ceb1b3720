/**
 * The map in miniature, with the part on screen outlined; drag in it to pan, scroll to zoom.
 * React Flow's own MiniMap draws one SVG element per node, each with its own store
 * subscription that runs on every frame of a drag or a pan: 3,000 of them on a 3,000-card
 * map, and all of them mounted at once when such a map opens. This one draws the lanes, the
 * emotion curve's band and all the cards as three paths, made again only when the map's
 * nodes change, and reads the viewport once per frame. Panning and zooming in it are React
 * Flow's own (XYMinimap), as are its class names and theme colours.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import type { JourneyNode } from './flowTypes';

/** React Flow's MiniMap defaults, so it looks and sits the same. */
const WIDTH = 200;
const HEIGHT = 150;
const OFFSET_SCALE = 5;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const rectPath = (r: Box) => `M${r.x},${r.y}h${r.width}v${r.height}h${-r.width}z`;

/** Lanes, cards and the curve's band as path data, and the box that holds them all. */
function shapesOf(nodes: readonly JourneyNode[]): { lanes: string; cards: string; curve: string; bounds: Box | null } {
  const parts = { lanes: [] as string[], cards: [] as string[], curve: [] as string[] };
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of nodes) {
    const box = { x: node.position.x, y: node.position.y, width: node.width ?? 0, height: node.height ?? 0 };
    const part = node.type === 'stage' ? parts.lanes : node.type === 'touchpoint' ? parts.cards : parts.curve;
    part.push(rectPath(box));
    left = Math.min(left, box.x);
    top = Math.min(top, box.y);
    right = Math.max(right, box.x + box.width);
    bottom = Math.max(bottom, box.y + box.height);
  }
  return {
    lanes: parts.lanes.join(''),
    cards: parts.cards.join(''),
    curve: parts.curve.join(''),
    bounds: nodes.length === 0 ? null : { x: left, y: top, width: right - left, height: bottom - top },
  };
}

const viewSelector = (s: ReactFlowState) => ({
  x: s.transform[0],
  y: s.transform[1],
  zoom: s.transform[2],
  width: s.width,
  height: s.height,
  panZoom: s.panZoom,
  translateExtent: s.translateExtent,
  rfId: s.rfId,
});
type View = ReturnType<typeof viewSelector>;
const sameView = (a: View, b: View) =>
  a.x === b.x &&
  a.y === b.y &&
  a.zoom === b.zoom &&
  a.width === b.width &&
  a.height === b.height &&
  a.panZoom === b.panZoom &&
  a.translateExtent === b.translateExtent &&
  a.rfId === b.rfId;

export interface JourneyMiniMapProps {
  /** The map's nodes as the document has them (not their positions while dragged). */
  nodes: readonly JourneyNode[];
  ariaLabel: string;
}

export const JourneyMiniMap = memo(function JourneyMiniMap({ nodes, ariaLabel }: JourneyMiniMapProps) {
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const minimap = useRef<XYMinimapInstance | null>(null);
  const view = useStore(viewSelector, sameView);
  const shapes = useMemo(() => shapesOf(nodes), [nodes]);

  // What is on screen, in map coordinates; the minimap shows it and the whole map together.
  const onScreen = {
    x: -view.x / view.zoom,
    y: -view.y / view.zoom,
    width: view.width / view.zoom,
    height: view.height / view.zoom,
  };
  const b = shapes.bounds;
  const all = b
    ? {
        x: Math.min(b.x, onScreen.x),
        y: Math.min(b.y, onScreen.y),
        width: Math.max(b.x + b.width, onScreen.x + onScreen.width) - Math.min(b.x, onScreen.x),
        height: Math.max(b.y + b.height, onScreen.y + onScreen.height) - Math.min(b.y, onScreen.y),
      }
    : onScreen;
  const viewScale = Math.max(all.width / WIDTH, all.height / HEIGHT);
  const viewScaleRef = useRef(viewScale);
  viewScaleRef.current = viewScale;
  const offset = OFFSET_SCALE * viewScale;
  const viewWidth = viewScale * WIDTH + 2 * offset;
  const viewHeight = viewScale * HEIGHT + 2 * offset;
  const x = all.x - (viewScale * WIDTH - all.width) / 2 - offset;
  const y = all.y - (viewScale * HEIGHT - all.height) / 2 - offset;

  useEffect(() => {
    const panZoom = store.getState().panZoom;
    if (!svg.current || !panZoom) return;
    minimap.current = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => viewScaleRef.current,
    });
    return () => {
      minimap.current?.destroy();
      minimap.current = null;
    };
  }, [store, view.panZoom]);
  useEffect(() => {
    minimap.current?.update({
      translateExtent: view.translateExtent,
      width: view.width,
      height: view.height,
      pannable: true,
      zoomable: true,
    });
  }, [view.panZoom, view.translateExtent, view.width, view.height]);

  const titleId = `journey-minimap-title-${view.rfId}`;
  return (
    <Panel position="bottom-right" className="react-flow__minimap" data-testid="rf__minimap">
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${x} ${y} ${viewWidth} ${viewHeight}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{ariaLabel}</title>
        <path className="react-flow__minimap-node journey-minimap__lanes" d={shapes.lanes} />
        <path className="react-flow__minimap-node journey-minimap__curve" d={shapes.curve} />
        <path className="react-flow__minimap-node journey-minimap__cards" d={shapes.cards} />
        <path
          className="react-flow__minimap-mask"
          d={`M${x - offset},${y - offset}h${viewWidth + offset * 2}v${viewHeight + offset * 2}h${-viewWidth - offset * 2}z
        M${onScreen.x},${onScreen.y}h${onScreen.width}v${onScreen.height}h${-onScreen.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
});
