/** What every part of a map export needs: colours, words, and a prefix for element ids. */
import { MAP_THEMES, type MapTheme } from '../layout/tokens';
import { channelName } from '../model/catalogues';
import type { Journey } from '../model/types';
import type { MapLabels } from './labels';

export interface MapRenderContext {
  theme: MapTheme;
  themeName: 'light' | 'dark';
  labels: MapLabels;
  /** Prefix of ids inside the SVG, so several SVGs can sit in one HTML page. */
  idPrefix: string;
  channelName(channelId: string): string;
}

export function createRenderContext(
  journey: Journey,
  themeName: 'light' | 'dark',
  labels: MapLabels,
  idPrefix: string,
): MapRenderContext {
  return {
    theme: MAP_THEMES[themeName],
    themeName,
    labels,
    idPrefix,
    channelName: (id) =>
      Object.hasOwn(labels.channelNames, id) ? labels.channelNames[id]! : channelName(id, journey.channels),
  };
}

/** Text from the file, or the "untitled" label when it is blank. */
export function orUntitled(text: string, ctx: MapRenderContext): string {
  return text.trim() === '' ? ctx.labels.untitled : text;
}
