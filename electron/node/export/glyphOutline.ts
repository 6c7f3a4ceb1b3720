/**
 * A glyph's outline as SVG path data that can be placed anywhere by changing one number:
 * the first move is absolute, everything after it relative. Coordinates are in tenths of a
 * unit on a 1,000-unit em (y up, as in the font), rounded before differencing so that
 * rounding never accumulates along a contour.
 */
import type { PathCommand } from 'fontkit';

export interface GlyphOutline {
  /** Where the outline starts, in tenths of a unit; null for an empty glyph such as a space. */
  start: [number, number] | null;
  /** The rest of the outline, relative to the start. */
  tail: string;
}

const EM = 1000;
const TENTHS = 10;

export function relativeOutline(commands: readonly PathCommand[], unitsPerEm: number): GlyphOutline {
  const scale = (EM / unitsPerEm) * TENTHS;
  let start: [number, number] | null = null;
  let [cx, cy, sx, sy] = [0, 0, 0, 0];
  let tail = '';
  const rel = (args: readonly number[]) =>
    args.map((v, i) => {
      const at = Math.round(v * scale);
      return (at - (i % 2 === 0 ? cx : cy)) / TENTHS;
    });
  for (const { command, args } of commands) {
    if (command === 'closePath') {
      tail += 'z';
      [cx, cy] = [sx, sy];
      continue;
    }
    const endX = Math.round(args[args.length - 2]! * scale);
    const endY = Math.round(args[args.length - 1]! * scale);
    if (command === 'moveTo' && start === null) start = [endX, endY];
    else tail += `${COMMAND[command]}${rel(args).join(' ')}`;
    [cx, cy] = [endX, endY];
    if (command === 'moveTo') [sx, sy] = [endX, endY];
  }
  return { start, tail };
}

const COMMAND = { moveTo: 'm', lineTo: 'l', quadraticCurveTo: 'q', bezierCurveTo: 'c' } as const;

/** Path data for the glyph with its origin moved `offset` em-thousandths to the right. */
export function placeOutline(outline: GlyphOutline, offset: number): string {
  if (!outline.start) return '';
  const x = Math.round(offset * TENTHS) + outline.start[0];
  return `M${x / TENTHS} ${outline.start[1] / TENTHS}${outline.tail}`;
}

/** Units per em of the coordinates above; the text's transform scales by size / GLYPH_EM. */
export const GLYPH_EM = EM;
