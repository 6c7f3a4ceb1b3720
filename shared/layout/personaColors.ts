/**
 * Colours and line patterns of the personas' emotion curves. A persona's own `color` wins;
 * otherwise it takes the palette colour of its place in the list. The palettes are Okabe and
 * Ito's colour-blind-safe set (some tones darkened for contrast) (without its yellow, which vanishes on white and on a washed-out
 * projector) led by the canvas's own curve colour, so one persona looks as the single curve
 * always did. Colour is never the only cue: the curves also cycle solid, dashed, dotted and
 * dash-dot lines, so two curves stay apart in greyscale print and for any colour vision.
 */
import type { PersonaV2 } from '../model/v2/types';

/**
 * On the light theme's band (#fcfcfd) every colour has at least 3:1 contrast (WCAG's bar for
 * graphics), so the lighter Okabe-Ito tones are darkened a little.
 */
export const PERSONA_COLORS_LIGHT = [
  '#4f46e5', // indigo: the single curve's colour
  '#d55e00', // vermillion
  '#009e73', // bluish green
  '#b8588f', // reddish purple, darkened
  '#b87d00', // orange, darkened
  '#27272a', // near black
  '#0072b2', // blue
  '#8a8a2e', // olive
] as const;

/** The dark theme's partners, index for index: lighter tints that read on the dark band. */
export const PERSONA_COLORS_DARK = [
  '#a5b4fc',
  '#ff8a5c',
  '#34d399',
  '#f0a3cf',
  '#fbbf24',
  '#f4f4f5',
  '#7dd3fc',
  '#d9d97a',
] as const;

/** SVG stroke-dasharray per place in the list; '' is a solid line. */
export const PERSONA_DASHES = ['', '10 6', '2 5', '12 4 2 4'] as const;

export function personaColor(persona: Pick<PersonaV2, 'color'>, index: number, theme: 'light' | 'dark'): string {
  if (persona.color) return persona.color;
  const palette = theme === 'dark' ? PERSONA_COLORS_DARK : PERSONA_COLORS_LIGHT;
  return palette[((index % palette.length) + palette.length) % palette.length]!;
}

export function personaDash(index: number): string {
  return PERSONA_DASHES[((index % PERSONA_DASHES.length) + PERSONA_DASHES.length) % PERSONA_DASHES.length]!;
}
