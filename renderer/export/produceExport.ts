/**
 * The app's host of the export pipeline (shared/export): the pipeline makes the text and plans
 * the PNG; this file rasterises on a canvas and wraps the result for saving.
 */
import i18next from 'i18next';
import type { TFunction } from 'i18next';
import {
  ExportRefusedError,
  FORMAT_FILES,
  exportMapSvg,
  formatExportMessage,
  prepareExport,
  type PreparedExport,
} from '../../shared/export';
import type { Journey } from '../../shared/model';
import { joinCsvSections } from '../../shared/report';
import { suggestedFileName } from '../commands/documentFlow';
import { reportWords, translateWith } from '../report/reportWords';
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
  return exportMapSvg(journey, format, options, mapLabels(t), options.bands);
}

const translate = translateWith;

/** The pipeline's export in the UI language; a refusal (a PNG too small to read) worded in it too. */
function prepare(journey: Journey, options: ExportOptions, t: TFunction, language: string): PreparedExport {
  try {
    return prepareExport(journey, {
      format: options.format,
      options,
      words: reportWords(t, language),
      date: new Date(),
      ...(options.bands ? { bands: options.bands } : {}),
    });
  } catch (error) {
    if (error instanceof ExportRefusedError) throw new ExportRefused(formatExportMessage(error.refusal, translate(t)));
    throw error;
  }
}

/** What the print view prints for a PDF: the map's readable parts and the findings, as the CLI's PDF has them. */
export function preparePdf(
  journey: Journey,
  options: ExportOptions,
  t: TFunction,
  language: string,
): Extract<PreparedExport, { format: 'pdf' }> {
  const prepared = prepare(journey, { ...options, format: 'pdf' }, t, language);
  if (prepared.format !== 'pdf') throw new Error('the pipeline did not prepare a PDF');
  return prepared;
}

export async function produceExport(
  journey: Journey,
  options: ExportOptions,
  t: TFunction,
  onStep: (step: ExportStep) => void,
  /** The UI language, for the report's `<html lang>`. */
  language: string = i18next.language || 'en',
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
  // Refused before any pixel is drawn (a PNG that would be unreadably small): said in the UI language.
  const prepared = prepare(journey, options, t, language);
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
