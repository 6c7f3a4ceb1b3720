/** Small builders of SVG markup shared by the map parts. Every text argument is escaped here. */
import { EMOTION_COLORS, emotionIndex } from '../layout/tokens';
import { escapeXml } from './escapeXml';

/** A coordinate rounded to 2 decimals: shorter output and stable snapshots. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export interface TextOptions {
  size: number;
  fill: string;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
}

/** One line of text whose baseline is at y. */
export function svgText(text: string, x: number, y: number, o: TextOptions): string {
  const weight = o.bold ? ' font-weight="700"' : '';
  const anchor = o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : '';
  return `<text x="${num(x)}" y="${num(y)}" font-size="${o.size}" fill="${o.fill}"${weight}${anchor}>${escapeXml(text)}</text>`;
}

/** Lines of text, the first baseline at y. */
export function svgLines(lines: readonly string[], x: number, y: number, lineHeight: number, o: TextOptions): string {
  return lines.map((line, i) => svgText(line, x, y + i * lineHeight, o)).join('');
}

export function svgRect(x: number, y: number, width: number, height: number, fill: string, extra = ''): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`;
}

/** A rounded label with centred text, as the tier badge and pain count on the canvas. */
export function svgPill(
  label: string,
  x: number,
  y: number,
  width: number,
  height: number,
  fill: string,
  text: TextOptions,
): string {
  return (
    svgRect(x, y, width, height, fill, `rx="${num(height / 2)}"`) +
    svgText(label, x + width / 2, y + height / 2 + text.size * 0.36, { ...text, anchor: 'middle' })
  );
}

/** A five-pointed star centred at (cx, cy): the moment-of-truth mark. */
export function svgStar(cx: number, cy: number, radius: number, fill: string): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? radius : radius * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${num(cx + r * Math.cos(angle))},${num(cy + r * Math.sin(angle))}`);
  }
  return `<polygon points="${points.join(' ')}" fill="${fill}"/>`;
}

/** A face for an emotion -2..2, drawn rather than an emoji so every rasteriser shows it. */
export function svgFace(cx: number, cy: number, radius: number, emotion: number, fill: string): string {
  const ink = '#1f2937';
  const eyeY = cy - radius * 0.25;
  const eyeDx = radius * 0.36;
  const eyeR = Math.max(0.8, radius * 0.12);
  const mouthY = cy + radius * 0.35;
  const half = radius * 0.45;
  const bend = emotion * radius * 0.16;
  const mouth = `M${num(cx - half)} ${num(mouthY - bend / 2)}Q${num(cx)} ${num(mouthY + bend * 1.5)} ${num(cx + half)} ${num(mouthY - bend / 2)}`;
  return (
    `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(radius)}" fill="${fill}"/>` +
    `<circle cx="${num(cx - eyeDx)}" cy="${num(eyeY)}" r="${num(eyeR)}" fill="${ink}"/>` +
    `<circle cx="${num(cx + eyeDx)}" cy="${num(eyeY)}" r="${num(eyeR)}" fill="${ink}"/>` +
    `<path d="${mouth}" fill="none" stroke="${ink}" stroke-width="${num(Math.max(1, radius * 0.14))}" stroke-linecap="round"/>`
  );
}

/** The canvas's colour for an emotion -2..2. */
export function emotionFill(emotion: number): string {
  return EMOTION_COLORS[emotionIndex(emotion)]!;
}
