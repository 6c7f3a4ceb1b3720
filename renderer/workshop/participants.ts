/**
 * Everyone else in a workshop, read from Yjs awareness (docs/workshop.md "Presence"). Awareness
 * comes from other clients, so every field is checked: anything malformed is dropped, never drawn.
 */
import type { HocuspocusProvider } from '@hocuspocus/provider';

/** The flow rectangle a participant sees, in flow coordinates. */
export interface ViewRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Someone else in the workshop, from their awareness state. */
export interface Participant {
  clientId: number;
  name: string;
  color: string;
  /** The cards they have selected. */
  selection: readonly string[];
  /** Their pointer on the canvas in flow coordinates; null while it is elsewhere. */
  cursor: { x: number; y: number } | null;
  /** What their canvas shows (Follow mirrors it); null before their canvas announced it. */
  view: ViewRect | null;
}

/** The farthest a coordinate or a view's size reaches (a map is far smaller). */
const MAX_COORDINATE = 1e7;

/** Other participants with a well-formed presence; anything else a client announces is ignored. */
export function participantsOf(provider: HocuspocusProvider, self: number): Participant[] {
  const out: Participant[] = [];
  provider.awareness?.getStates().forEach((state, clientId) => {
    if (clientId === self) return;
    const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
    const selection = (state as { selection?: unknown }).selection;
    const cursor = (state as { cursor?: { x?: unknown; y?: unknown } | null }).cursor;
    if (!user || typeof user.name !== 'string' || user.name.trim() === '') return;
    out.push({
      clientId,
      name: user.name.slice(0, 60),
      color: typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#6b7280',
      selection: Array.isArray(selection)
        ? selection.filter((id): id is string => typeof id === 'string').slice(0, 200)
        : [],
      cursor: cursor && isCoordinate(cursor.x) && isCoordinate(cursor.y) ? { x: cursor.x, y: cursor.y } : null,
      view: viewOf((state as { view?: unknown }).view),
    });
  });
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** A view rectangle from another client: four finite numbers, a positive size, within any map's reach. */
export function viewOf(value: unknown): ViewRect | null {
  if (!value || typeof value !== 'object') return null;
  const { x, y, width, height } = value as Record<string, unknown>;
  if (!isCoordinate(x) || !isCoordinate(y) || !isSize(width) || !isSize(height)) return null;
  return { x, y, width, height };
}

/** A cursor coordinate from another client: a finite number within any map's reach. */
function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE;
}

function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_COORDINATE;
}
