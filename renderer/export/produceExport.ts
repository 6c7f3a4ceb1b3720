/**
 * The app's host of the export pipeline (shared/export): the pipeline makes the text and plans
 * the PNG; this file rasterises on a canvas and wraps the result for saving.
 */
import type { TFunction } from 'i18next';
import {
  ExportRefusedError,
  FORMAT_FILES,
  exportMapSvg,
  formatExportMessage,
  prepareExport,
} from '../../shared/export';
import type { Journey } from '../../shared/model';
import { joinCsvSections } from '../../shared/report';
import { suggestedFileName } from '../commands/documentFlow';
import type { ExportOptions } from './exportFormats';
import { mapLabels } from './mapLabels';
import { rasterizeSvg } from './rasterize';

export type ExportStep = 'render' | 'raster' | 'encode' | 'save';

export interface ProducedExport {
  blob: Blob;
  fileName: string;
  /** Something the user should know (the image was scaled down). */
  notice: string | null;
}

/** An export the pipeline refused, worded in the UI language. */
export class ExportRefused extends Error {}

export function exportFileName(journey: Journey, options: Pick<ExportOptions, 'format'>): string {
  return suggestedFileName(journey.title).replace(/\.journey$/, `.${FORMAT_FILES[options.format].extension}`);
}

/** The map as the chosen format draws it: the dialog's preview, and the print view's image. */
export function mapSvgFor(journey: Journey, options: ExportOptions, t: TFunction) {
  const format = options.format === 'png' || options.format === 'svg' ? options.format : 'pdf';
  return exportMapSvg(journey, format, options, mapLabels(t));
}

const translate = (t: TFunction) => (key: string, values?: Record<string, string | number>) => t(key, values ?? {});

export async function produceExport(
  journey: Journey,
  options: ExportOptions,
  t: TFunction,
  onStep: (step: ExportStep) => void,
): Promise<ProducedExport> {
  const fileName = exportFileName(journey, options);
  const { mime } = FORMAT_FILES[options.format];
  const text = (content: string): ProducedExport => ({
    blob: new Blob([content], { type: `${mime};charset=utf-8` }),
    fileName,
    notice: null,
  });
  onStep('render');
  // Yield so the progress line paints before the heavier work.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (options.format === 'pdf') throw new Error('PDF goes through the print view');
  let prepared;
  try {
    prepared = prepareExport(journey, { format: options.format, options, labels: mapLabels(t), date: new Date() });
  } catch (error) {
    // Refused before any pixel is drawn (a PNG that would be unreadably small): say why, in the UI language.
    if (error instanceof ExportRefusedError) throw new ExportRefused(formatExportMessage(error.refusal, translate(t)));
    throw error;
  }
  switch (prepared.format) {
    case 'svg':
    case 'html':
    case 'md':
    case 'json':
      return text(prepared.text);
    case 'csv':
      return text(joinCsvSections(prepared.tables));
    case 'png': {
      onStep('raster');
      await new Promise((resolve) => setTimeout(resolve, 0));
      const { map, raster } = prepared;
      const blob = await rasterizeSvg(map.svg, raster.width, raster.height);
      const notice = raster.notice && formatExportMessage(raster.notice, translate(t));
      return { blob, fileName, notice };
    }
    case 'pdf':
      throw new Error('PDF goes through the print view');
  }
}
