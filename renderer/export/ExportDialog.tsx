import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintToPdfOptions, SaveResult } from '../../shared/host';
import { useDocument, useEditor, useView } from '../editor/EditorContext';
import { svgDataUrl } from '../report/svgImage';
import { captureView, copyViewToClipboard } from './captureView';
import { EXPORT_OPTION_RULES, PAGE_SIZES as PAGE_SPECS } from '../../shared/export';
import { EXPORT_FORMATS, PAGE_SIZES, optionsFor, type ExportOptions } from './exportFormats';
import { ExportRefused, exportFileName, mapSvgFor, preparePdf, produceExport, type ExportStep } from './produceExport';
import { useRememberedExportOptions } from './rememberedOptions';
// Its own styles: the dialog and its print view load without the report view (renderer/lazyAreas.tsx).
import '../styles/export.css';
import { printMap } from './printMap';
import { saveBlob } from './saveBlob';

/** Export: format and options, a live preview of the map, progress while it works. */
export interface ExportDialogProps {
  /** Electron turns a download into a native Save dialog; browsers get a save picker where they have one. */
  preferDownload: boolean;
  /** The desktop host's printToPDF; absent in the browser. */
  printToPdf?: ((options: PrintToPdfOptions) => Promise<SaveResult>) | undefined;
}

export function ExportDialog(props: ExportDialogProps) {
  const open = useView((s) => s.exportOpen);
  return open ? <ExportModal {...props} /> : null;
}

function ExportModal({ preferDownload, printToPdf }: ExportDialogProps) {
  const { t, i18n } = useTranslation();
  const { view, host } = useEditor();
  const journey = useDocument((s) => s.journey);
  const ref = useRef<HTMLDialogElement>(null);
  // Opens with the last format and options, and remembers every change (settings, via the Host).
  const [remembered, set] = useRememberedExportOptions(host);
  // Map exports draw the bands the map shows.
  const painPoints = useView((s) => s.painBand);
  const opportunities = useView((s) => s.opportunityBand);
  const options = useMemo(
    () => ({ ...remembered, bands: { painPoints, opportunities } }),
    [remembered, painPoints, opportunities],
  );
  const [step, setStep] = useState<ExportStep | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  const shown = optionsFor(options.format);
  const isMap = options.format === 'png' || options.format === 'svg' || options.format === 'pdf';
  const preview = useMemo(
    () => (isMap ? svgDataUrl(mapSvgFor(journey, options, t).svg) : null),
    [isMap, journey, options, t],
  );
  const close = () => view.getState().set({ exportOpen: false });
  const notify = (kind: 'info' | 'error', text: string) => view.getState().notify(kind, text);

  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      // A refusal is already a whole sentence saying why and what to do instead.
      setError(
        e instanceof ExportRefused
          ? e.message
          : t('export.failed', { message: e instanceof Error ? e.message : String(e) }),
      );
    } finally {
      setStep(null);
    }
  };
  const doExport = () =>
    run(async () => {
      if (options.format === 'pdf') {
        const dateLine = t('export.printedOn', {
          date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date()),
        });
        setStep('render');
        // The same pages as the command line's PDF: the map in readable parts, then the findings.
        const prepared = preparePdf(journey, options, t, i18n.language);
        let saved: SaveResult | null = null;
        await printMap({
          prepared,
          title: prepared.pdf.title,
          dateLine,
          ...(printToPdf
            ? {
                printToPdf: async () => {
                  saved = await printToPdf({
                    page: options.page,
                    orientation: options.orientation,
                    suggestedName: exportFileName(journey, options),
                  });
                },
              }
            : {}),
        });
        const result = saved as SaveResult | null;
        if (result?.status === 'failed') throw new Error(result.message);
        if (result?.status === 'saved') notify('info', t('export.done', { name: result.file.name }));
        return;
      }
      const produced = await produceExport(journey, options, t, setStep);
      setStep('save');
      if ((await saveBlob(produced.blob, produced.fileName, preferDownload)) === 'cancelled') return;
      notify('info', t('export.done', { name: produced.fileName }));
      if (produced.notice) notify('info', produced.notice);
      close();
    });
  const exportView = () =>
    run(async () => {
      setStep('raster');
      const blob = await captureView();
      setStep('save');
      const name = exportFileName(journey, { ...options, format: 'png' }).replace(/\.png$/, '-view.png');
      if ((await saveBlob(blob, name, preferDownload)) === 'saved') notify('info', t('export.done', { name }));
    });
  const copyView = () =>
    run(async () => {
      setStep('raster');
      await copyViewToClipboard();
      notify('info', t('export.copied'));
    });

  const busy = step !== null;
  return (
    <dialog
      ref={ref}
      className="dialog export-dialog"
      aria-labelledby="export-title"
      aria-busy={busy}
      onCancel={(e) => (e.preventDefault(), !busy && close())}
    >
      <h2 id="export-title">{t('export.title')}</h2>
      <div className="export-dialog__body">
        <div className="export-dialog__options">
          <label>
            {t('export.format')}
            <select value={options.format} onChange={(e) => set({ format: e.target.value as ExportOptions['format'] })}>
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`export.formats.${f}`)}
                </option>
              ))}
            </select>
          </label>
          {shown.has('scale') && (
            <label>
              {t('export.scale')}
              <select value={options.scale} onChange={(e) => set({ scale: Number(e.target.value) })}>
                {EXPORT_OPTION_RULES.scale.presets.map((s) => (
                  <option key={s} value={s}>{`${s}×`}</option>
                ))}
              </select>
            </label>
          )}
          {shown.has('background') && (
            <label>
              {t('export.background')}
              <select
                value={options.background}
                onChange={(e) => set({ background: e.target.value as ExportOptions['background'] })}
              >
                <option value="page">{t('export.pageColour')}</option>
                <option value="white">{t('export.white')}</option>
                <option value="transparent">{t('export.transparent')}</option>
              </select>
            </label>
          )}
          {shown.has('theme') && (
            <label>
              {t('export.theme')}
              <select value={options.theme} onChange={(e) => set({ theme: e.target.value as ExportOptions['theme'] })}>
                <option value="light">{t('export.light')}</option>
                <option value="dark">{t('export.dark')}</option>
              </select>
            </label>
          )}
          {shown.has('page') && (
            <label>
              {t('export.page')}
              <select value={options.page} onChange={(e) => set({ page: e.target.value as ExportOptions['page'] })}>
                {PAGE_SIZES.map((p) => (
                  <option key={p} value={p}>
                    {PAGE_SPECS[p].name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {shown.has('orientation') && (
            <label>
              {t('export.orientation')}
              <select
                value={options.orientation}
                onChange={(e) => set({ orientation: e.target.value as ExportOptions['orientation'] })}
              >
                <option value="landscape">{t('export.landscape')}</option>
                <option value="portrait">{t('export.portrait')}</option>
              </select>
            </label>
          )}
          {options.format === 'pdf' && <p className="export-dialog__hint">{t('export.printHint')}</p>}
          <div className="export-dialog__view-actions">
            <button type="button" disabled={busy} onClick={() => void exportView()}>
              {t('export.currentView')}
            </button>
            <button type="button" disabled={busy} onClick={() => void copyView()}>
              {t('export.copyView')}
            </button>
          </div>
        </div>
        {preview && (
          <figure className="export-dialog__preview">
            <img src={preview} alt={t('export.preview')} />
          </figure>
        )}
      </div>
      {busy && (
        <p role="status" className="export-dialog__progress">
          <progress aria-label={t('export.exporting', { step: t(`export.steps.${step}`) })} />
          {t('export.exporting', { step: t(`export.steps.${step}`) })}
        </p>
      )}
      {error && (
        <p role="alert" className="export-dialog__error">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" autoFocus disabled={busy} onClick={() => void doExport()}>
          {t('export.export')}
        </button>
        <button type="button" disabled={busy} onClick={close}>
          {t('export.close')}
        </button>
      </div>
    </dialog>
  );
}
