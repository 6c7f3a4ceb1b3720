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
} as const;

export const TIER_COLORS: Record<Tier, { fill: string; text: string }> = {
  utility: { fill: '#2563eb', text: '#ffffff' },
  usability: { fill: '#0d9488', text: '#ffffff' },
  delight: { fill: '#c026d3', text: '#ffffff' },
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
