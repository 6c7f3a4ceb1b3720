/**
 * Attribute values of the map SVG as mapSvgParse.ts reads them: numbers, colours, opacities,
 * entities, transforms, polygon points and where a path ends. Anything outside the map's small
 * vocabulary is refused (Unsupported), and the caller draws that SVG with svg-to-pdfkit.
 */
import type { End, Transform } from './mapDrawing';

/** Refused: the SVG holds something mapSvgParse.ts does not read (the caller uses svg-to-pdfkit). */
export class Unsupported extends Error {}

export const refuse = (what: string): never => {
  throw new Unsupported(what);
};

const ATTRIBUTE = /([a-zA-Z][a-zA-Z0-9:-]*)="([^"]*)"/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([a-z0-9#]+);/g, (whole, name: string) => ENTITIES[name] ?? refuse(`entity ${whole}`));
}

export function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(source); m; m = ATTRIBUTE.exec(source)) found.set(m[1]!, decode(m[2]!));
  return found;
}

export function numberOf(value: string | undefined, fallback?: number): number {
  if (value === undefined) return fallback ?? refuse('a missing number');
  // Number() reads "" and white space as 0: not a number here.
  const n = value === '' || value.charCodeAt(0) <= 32 ? Number.NaN : Number(value);
  return Number.isFinite(n) ? n : refuse(`the number "${value}"`);
}

export function colourOf(value: string | undefined, fallback: string | null): string | null {
  if (value === undefined) return fallback;
  if (value === 'none') return null;
  return COLOUR.test(value) ? value : refuse(`the colour "${value}"`);
}

export function opacityOf(value: string | undefined): number {
  const n = numberOf(value, 1);
  return n >= 0 && n <= 1 ? n : refuse(`the opacity "${value}"`);
}

/** `translate(x y)`, optionally followed by `scale(s)`: all the map's transforms. */
export function transformOf(value: string): Transform {
  const match = /^\s*translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*\)(?:\s*scale\(\s*([-\d.e]+)\s*\))?\s*$/.exec(value);
  if (!match) return refuse(`transform "${value}"`);
  return { x: numberOf(match[1]), y: numberOf(match[2]), scale: numberOf(match[3], 1) };
}

/**
 * The end point and end direction of path data made of absolute M, L and Q commands (what the
 * map's flows are); null when it has other commands or ends without a direction.
 */
export function endOf(d: string): End | null {
  if (!/^[MLQ\d\s.,e-]+$/.test(d)) return null;
  const commands = d.match(/[MLQ][^MLQ]*/g) ?? [];
  let [x, y, angle] = [0, 0, Number.NaN];
  for (const command of commands) {
    const args = command
      .slice(1)
      .trim()
      .split(/[\s,]+/)
      .filter((s) => s !== '')
      .map((v) => numberOf(v));
    const step = command[0] === 'Q' ? 4 : 2;
    if (args.length === 0 || args.length % step !== 0) return null;
    for (let i = 0; i < args.length; i += step) {
      const [ex, ey] = [args[i + step - 2]!, args[i + step - 1]!];
      if (command[0] === 'M' && i === 0) {
        [x, y, angle] = [ex, ey, Number.NaN];
        continue;
      }
      // A quadratic ends in the direction from its control point, unless that is its end.
      let [fx, fy] = command[0] === 'Q' ? [args[i]!, args[i + 1]!] : [x, y];
      if (fx === ex && fy === ey) [fx, fy] = [x, y];
      if (fx !== ex || fy !== ey) angle = Math.atan2(ey - fy, ex - fx);
      [x, y] = [ex, ey];
    }
  }
  return Number.isNaN(angle) ? null : { x, y, angle };
}

export function pointsOf(value: string): number[] {
  const values = value
    .trim()
    .split(/[\s,]+/)
    .map((v) => numberOf(v));
  return values.length >= 4 && values.length % 2 === 0 ? values : refuse('polygon points');
}
