/** The title block above the map: journey title and description, then the persona. */
import type { Journey } from '../model/types';
import { orUntitled, type MapRenderContext } from './context';
import { ellipsize, wrapText } from './textLayout';
import { svgLines, svgText } from './svgParts';

export function mapHeaderSvg(
  journey: Journey,
  x: number,
  y: number,
  width: number,
  ctx: MapRenderContext,
): { svg: string; height: number } {
  const { theme, labels } = ctx;
  const parts: string[] = [];
  let cursor = y;
  const block = (text: string, size: number, lineHeight: number, maxLines: number, fill: string, bold = false) => {
    const lines = wrapText(text, { maxWidth: width, fontSize: size, bold, maxLines });
    parts.push(svgLines(lines, x, cursor + size, lineHeight, { size, fill, bold }));
    cursor += lines.length * lineHeight;
  };
  block(orUntitled(journey.title, ctx), 24, 30, 2, theme.text, true);
  if (journey.description?.trim()) block(journey.description, 13, 18, 2, theme.muted);
  const persona = journey.personas[0];
  if (persona) {
    cursor += 8;
    block(`${labels.persona}: ${orUntitled(persona.name, ctx)}`, 14, 20, 1, theme.text, true);
    if (persona.description?.trim()) block(persona.description, 13, 18, 2, theme.muted);
    const lists: [string, string[]][] = [
      [labels.goals, persona.goals],
      [labels.needs, persona.needs],
      [labels.expectations, persona.expectations],
    ];
    for (const [label, items] of lists) {
      const shown = items.map((i) => i.trim()).filter(Boolean);
      if (shown.length === 0) continue;
      const line = ellipsize(`${label}: ${shown.join(' · ')}`, width, { fontSize: 12 });
      parts.push(svgText(line, x, cursor + 12, { size: 12, fill: theme.text }));
      cursor += 17;
    }
  }
  return { svg: `<g>${parts.join('')}</g>`, height: cursor - y };
}
