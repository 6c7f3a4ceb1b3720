/**
 * The map in miniature, with the part on screen outlined; drag in it to pan, scroll to zoom.
 * React Flow's own MiniMap draws one SVG element per node, each with its own store
 * subscription that runs on every frame of a drag or a pan: 3,000 of them on a 3,000-card
 * map, and all of them mounted at once when such a map opens. This one draws the lanes, the
 * emotion curve's band and all the cards as three paths, made again only when the map's
 * nodes change, and reads the viewport once per frame. The SVG's frame is the map's box, so a
 * pan or a zoom changes nothing in it: only the mask's hole over it moves (React Flow's
 * own redraws its viewBox and mask path each frame: an SVG layout, and the hover hit test a
 * layout brings, per frame). Panning and zooming in it are React Flow's own (XYMinimap), as are
 * its class names and theme colours.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import type { JourneyNode } from './flowTypes';
import { MINIMAP_HEIGHT as HEIGHT, MINIMAP_WIDTH as WIDTH, holeStyle } from './minimapHole';

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

  // The frame is the map's own box, so it stays put while the map pans and zooms (no SVG layout).
  const b = shapes.bounds ?? { x: 0, y: 0, width: WIDTH, height: HEIGHT };
  const viewScale = Math.max(b.width / WIDTH, b.height / HEIGHT) || 1;
  const viewScaleRef = useRef(viewScale);
  viewScaleRef.current = viewScale;
  const offset = OFFSET_SCALE * viewScale;
  const viewWidth = viewScale * WIDTH + 2 * offset;
  const viewHeight = viewScale * HEIGHT + 2 * offset;
  const x = b.x - (viewScale * WIDTH - b.width) / 2 - offset;
  const y = b.y - (viewScale * HEIGHT - b.height) / 2 - offset;
  // What is on screen, in the minimap's pixels (the SVG fits its viewBox centred, keeping its
  // proportions): the hole in the mask, which is all that changes per frame.
  const k = Math.min(WIDTH / viewWidth, HEIGHT / viewHeight);
  const px = (mapX: number) => (WIDTH - viewWidth * k) / 2 + (mapX - x) * k;
  const py = (mapY: number) => (HEIGHT - viewHeight * k) / 2 + (mapY - y) * k;
  const left = px(-view.x / view.zoom);
  const top = py(-view.y / view.zoom);
  // The hole's size from the zoom alone (not right - left), so a pan leaves it exactly as it was.
  const holeWidth = (k * view.width) / view.zoom;
  const holeHeight = (k * view.height) / view.zoom;

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
      </svg>
      {/* The mask: the screen's rectangle as a hole whose shadow covers the rest; a pan only moves it. */}
      <div className="journey-minimap__mask" aria-hidden="true">
        <div className="journey-minimap__hole" style={holeStyle(left, top, holeWidth, holeHeight)} />
      </div>
    </Panel>
  );
});
