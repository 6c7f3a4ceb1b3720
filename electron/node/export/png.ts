/**
 * PNG from the map SVG with @resvg/resvg-js, off the main thread (renderAsync, a wide map in
 * columns drawn at once: pngTiles.ts), at the scale the export pipeline plans
 * (shared/export/raster.ts): clamped to 16,384 px a side with a notice, or refused before any
 * work when that would make it unreadable.
 */
import { ExportRefusedError, englishTranslate, formatExportMessage, planRaster } from '../../../shared/export';
import type { MapSvg } from '../../../shared/render';
import { MISSING_CJK_FONT_NOTICE, findExportFonts } from './fonts';
import { openGlyphCache } from './glyphCache';
import { encodePngColumns } from './pngEncode';
import { renderColumns } from './pngTiles';
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
  const plan = planRaster(map.width, map.height, requestedScale);
  if (!plan.ok) throw new ExportRefusedError(plan.refusal);
  const { scale } = plan;
  const notices = plan.notice ? [formatExportMessage(plan.notice, englishTranslate)] : [];
  const fonts = findExportFonts();
  if (!fonts?.cjk) notices.push(MISSING_CJK_FONT_NOTICE);
  // Without any known font, resvg's own text rendering with the system fonts is the fallback.
  const svg = fonts ? await new GlyphOutliner(fonts, openGlyphCache(fonts)).outline(map.svg) : map.svg;
  const image = await renderColumns(svg, map, scale, { loadSystemFonts: fonts === null });
  const data = await encodePngColumns(image);
  return { data, width: image.width, height: image.height, scale, notices };
}
