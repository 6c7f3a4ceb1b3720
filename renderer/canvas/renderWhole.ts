/**
 * Whether the canvas renders every card or only those on screen (React Flow's
 * onlyRenderVisibleElements). Culling pays on a large map seen in part: cards off screen are
 * never mounted. When the screen takes in most of the map it only costs: every pan frame works
 * out again which cards are inside the viewport, and the cards crossing its edges mount and
 * unmount (a render of every node, a layout and a hover hit test per frame). So a map is drawn
 * whole while it has at most RENDER_ALL_UP_TO cards (Tab then reaches every card), or while
 * the screen, at the current zoom, can take in at least half the map (its width and height
 * each capped at the map's, as a long map is wider than the screen but shorter): at most about
 * twice the cards on screen are drawn. It depends on the zoom only, never on where the map is panned, so
 * a pan never switches it.
 */
export const RENDER_ALL_UP_TO = 300;
export const WHOLE_AT_SCREEN_SHARE = 0.5;

export interface Size {
  width: number;
  height: number;
}

export function rendersWhole(cardCount: number, map: Size, screen: Size, zoom: number): boolean {
  if (cardCount <= RENDER_ALL_UP_TO) return true;
  const mapArea = map.width * map.height;
  if (!(mapArea > 0) || !(zoom > 0)) return false;
  const inView = Math.min(screen.width / zoom, map.width) * Math.min(screen.height / zoom, map.height);
  return inView >= WHOLE_AT_SCREEN_SHARE * mapArea;
}
