/**
 * PNG from the map SVG with @resvg/resvg-js, off the main thread (renderAsync). Output is
 * clamped to 16,384 px a side (Chromium's canvas limit, so the app and the CLI agree), with
 * a notice saying what scale was used instead.
 */
import { renderAsync } from '@resvg/resvg-js';
import { clampScale, rasterClampNotice, type MapSvg } from '../../../shared/render';
import { MISSING_CJK_FONT_NOTICE, findExportFonts } from './fonts';
import { GlyphOutliner } from './textOutlines';

export interface PngResult {
  data: Buffer;
  width: number;
  height: number;
  /** The scale used: the one asked for, or less when the output had to be clamped. */
  scale: number;
  notices: string[];
}

export async function renderPng(map: MapSvg, requestedScale: number): Promise<PngResult> {
  const scale = clampScale(map.width, map.height, requestedScale);
  const clamped = rasterClampNotice(map.width, map.height, requestedScale, scale);
  const notices = clamped ? [clamped] : [];
  const fonts = findExportFonts();
  if (!fonts?.cjk) notices.push(MISSING_CJK_FONT_NOTICE);
  // Without any known font, resvg's own text rendering with the system fonts is the fallback.
  const svg = fonts ? new GlyphOutliner(fonts).outline(map.svg) : map.svg;
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: fonts === null },
    logLevel: 'off',
  });
  return { data: image.asPng(), width: image.width, height: image.height, scale, notices };
}
