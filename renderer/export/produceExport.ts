/** Builds the bytes of an export from the document and the dialog's options. */
import type { TFunction } from 'i18next';
import type { Journey } from '../../shared/model';
import { renderJourneySvg, rasterClampNotice } from '../../shared/render';
import {
  computeReport,
  joinCsvSections,
  renderReportCsv,
  renderReportHtml,
  renderReportJson,
  renderReportMarkdown,
} from '../../shared/report';
import { suggestedFileName } from '../commands/documentFlow';
import { FORMAT_FILES, type ExportOptions } from './exportFormats';
import { mapLabels } from './mapLabels';
import { rasterizeSvg } from './rasterize';

export type ExportStep = 'render' | 'raster' | 'encode' | 'save';

export interface ProducedExport {
  blob: Blob;
  fileName: string;
  /** Something the user should know (the image was scaled down). */
  notice: string | null;
}

export function exportFileName(journey: Journey, options: ExportOptions): string {
  return suggestedFileName(journey.title).replace(/\.journey$/, `.${FORMAT_FILES[options.format].extension}`);
}

export function mapSvgFor(
  journey: Journey,
  options: Pick<ExportOptions, 'theme' | 'background' | 'format'>,
  t: TFunction,
) {
  const background = options.format === 'png' && options.background === 'transparent' ? null : undefined;
  return renderJourneySvg(journey, {
    theme: options.theme,
    labels: mapLabels(t),
    ...(background === null ? { background: null } : {}),
  });
}

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
  switch (options.format) {
    case 'svg':
      return text(mapSvgFor(journey, options, t).svg);
    case 'png': {
      const map = mapSvgFor(journey, options, t);
      onStep('raster');
      await new Promise((resolve) => setTimeout(resolve, 0));
      const raster = await rasterizeSvg(map.svg, map.width, map.height, options.scale);
      const clamped = rasterClampNotice(map.width, map.height, options.scale, raster.scale);
      const notice = clamped
        ? t('export.clamped', {
            width: Math.round(map.width),
            height: Math.round(map.height),
            requested: options.scale,
            scale: Math.round(raster.scale * 100) / 100,
          })
        : null;
      return { blob: raster.blob, fileName, notice };
    }
    case 'html':
      return text(renderReportHtml(journey, computeReport(journey)));
    case 'md':
      return text(renderReportMarkdown(journey, computeReport(journey)));
    case 'csv':
      return text(joinCsvSections(renderReportCsv(journey, computeReport(journey))));
    case 'json':
      return text(renderReportJson(computeReport(journey)));
    case 'pdf':
      throw new Error('PDF goes through the print view');
  }
}
