/** What every part of a map export needs: colours, words, and a prefix for element ids. */
import { MAP_THEMES, type MapTheme } from '../layout/tokens';
import { channelName } from '../model/catalogues';
import { emotionOf, primaryPersonaId } from '../model/emotion';
import type { Journey, Touchpoint } from '../model/types';
import type { MapLabels } from './labels';

export interface MapRenderContext {
  theme: MapTheme;
  themeName: 'light' | 'dark';
  labels: MapLabels;
  /** Prefix of ids inside the SVG, so several SVGs can sit in one HTML page. */
  idPrefix: string;
  channelName(channelId: string): string;
  /** The emotion a card shows: the primary persona's rating (shared/model/emotion.ts). */
  emotionOf(touchpoint: Touchpoint): number | undefined;
}

export function createRenderContext(
  journey: Journey,
  themeName: 'light' | 'dark',
  labels: MapLabels,
  idPrefix: string,
): MapRenderContext {
  const personaId = primaryPersonaId(journey);
  return {
    theme: MAP_THEMES[themeName],
    themeName,
    labels,
    idPrefix,
    channelName: (id) =>
      Object.hasOwn(labels.channelNames, id) ? labels.channelNames[id]! : channelName(id, journey.channels),
    emotionOf: (touchpoint) => emotionOf(touchpoint, personaId),
  };
}

/** Text from the file, or the "untitled" label when it is blank. */
export function orUntitled(text: string, ctx: MapRenderContext): string {
  return text.trim() === '' ? ctx.labels.untitled : text;
}
