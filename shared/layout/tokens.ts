/**
 * Design tokens shared by the canvas and the static SVG renderer, so an export looks like
 * the editor: sizes in canvas pixels and the colours of tiers, severities and emotions.
 */
import type { Tier } from '../model/catalogues';

export const SIZES = {
  laneMinWidth: 280,
  laneGap: 16,
  laneHeaderHeight: 56,
  lanePadding: 24,
  laneMinHeight: 420,
  cardWidth: 232,
  cardHeight: 120,
  cardGap: 24,
  /** The column of lane headers (name, kind) left of the first stage. */
  rowHeaderWidth: 168,
  /** A lane's least height when the map has several (one lane keeps laneMinHeight's body). */
  rowMinHeight: 168,
} as const;

export const TIER_COLORS: Record<Tier, { fill: string; text: string }> = {
  // 700 shades: white 11 px text on them meets WCAG AA contrast (4.5:1).
  utility: { fill: '#1d4ed8', text: '#ffffff' },
  usability: { fill: '#0f766e', text: '#ffffff' },
  delight: { fill: '#a21caf', text: '#ffffff' },
};

/** Severity 1..5, from mild to critical. */
export const SEVERITY_COLORS = ['#a3a3a3', '#eab308', '#f97316', '#dc2626', '#7f1d1d'] as const;

export function severityColor(severity: number): string {
  return SEVERITY_COLORS[Math.min(4, Math.max(0, Math.round(severity) - 1))]!;
}

/** Emotion -2..2, very negative to very positive. */
export const EMOTION_FACES = ['😣', '🙁', '😐', '🙂', '😄'] as const;
export const EMOTION_COLORS = ['#dc2626', '#f97316', '#a3a3a3', '#22c55e', '#15803d'] as const;

export function emotionIndex(emotion: number): number {
  return Math.min(4, Math.max(0, Math.round(emotion) + 2));
}

export const STAGE_COLORS = ['#eef2ff', '#ecfeff', '#f0fdf4', '#fefce8', '#fff7ed', '#fdf2f8', '#f5f3ff'] as const;

/** The dark theme's partners of STAGE_COLORS, index for index: deep tints under light text. */
export const DARK_STAGE_COLORS = ['#1e1b4b', '#083344', '#052e16', '#422006', '#431407', '#500724', '#2e1065'] as const;

/**
 * A lane's fill: the stage's own colour (one of STAGE_COLORS when picked in the app), else the
 * palette's by position. In the dark theme a palette colour becomes its dark partner, and any
 * other colour gives way to the dark palette: a pale fill would hide the theme's light text.
 */
export function laneFill(color: string | undefined, index: number, theme: 'light' | 'dark'): string {
  const light: readonly string[] = STAGE_COLORS;
  const palette: readonly string[] = theme === 'dark' ? DARK_STAGE_COLORS : STAGE_COLORS;
  const own = color ? light.indexOf(color.toLowerCase()) : -1;
  if (own >= 0) return palette[own]!;
  if (color && theme === 'light') return color;
  return palette[index % palette.length]!;
}

/** Colours of the static map export (shared/render) per theme; `light` matches the canvas. */
export interface MapTheme {
  page: string;
  text: string;
  muted: string;
  laneFills: readonly string[];
  laneBorder: string;
  laneIndexFill: string;
  laneIndexText: string;
  cardFill: string;
  cardBorder: string;
  channelText: string;
  edge: string;
  edgeLabelFill: string;
  kpiFill: string;
  kpiText: string;
  momentOfTruth: string;
  curveLine: string;
  bandFill: string;
  bandBorder: string;
  grid: string;
  /** The emotion curve's 0 line, solid; the other levels are dashed in `grid`. */
  curveZero: string;
}

export const MAP_THEMES: Record<'light' | 'dark', MapTheme> = {
  light: {
    page: '#ffffff',
    text: '#18181b',
    muted: '#52525b',
    laneFills: STAGE_COLORS,
    laneBorder: '#c7d2fe',
    laneIndexFill: '#1e1b4b',
    laneIndexText: '#ffffff',
    cardFill: '#ffffff',
    cardBorder: '#a1a1aa',
    channelText: '#3f3f46',
    edge: '#94a3b8',
    edgeLabelFill: '#ffffff',
    kpiFill: '#e0e7ff',
    kpiText: '#3730a3',
    momentOfTruth: '#b45309',
    curveLine: '#4f46e5',
    bandFill: '#fcfcfd',
    bandBorder: '#d4d4d8',
    grid: '#e4e4e7',
    curveZero: '#a1a1aa',
  },
  dark: {
    page: '#18181b',
    text: '#f4f4f5',
    muted: '#a1a1aa',
    laneFills: DARK_STAGE_COLORS,
    laneBorder: '#3730a3',
    laneIndexFill: '#c7d2fe',
    laneIndexText: '#1e1b4b',
    cardFill: '#27272a',
    cardBorder: '#52525b',
    channelText: '#d4d4d8',
    edge: '#71717a',
    edgeLabelFill: '#27272a',
    kpiFill: '#312e81',
    kpiText: '#c7d2fe',
    momentOfTruth: '#fbbf24',
    curveLine: '#a5b4fc',
    bandFill: '#202024',
    bandBorder: '#3f3f46',
    grid: '#3f3f46',
    curveZero: '#71717a',
  },
};
