/**
 * File > Import…: how each column of a table was understood (a select per column to change
 * it), what the import will create, its problems with their line numbers (Import stays
 * disabled while there are any) and its notes. Nothing is created until Import; the journey
 * then opens as a new unsaved document. Problems are in the UI language; notes stay English,
 * like the command line's (docs/import.md).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_FIELDS,
  importProblemIn,
  importTable,
  type ColumnMapping,
  type ImportField,
  type ImportResult,
} from '../../shared/import';
import { orderTouchpointsV2 } from '../../shared/model/v2';
import type { Dialog } from '../store/dialogStore';
import { Modal } from '../ui/Modal';
import './import.css';

/** Touchpoints listed in the preview before "and N more". */
const SHOWN_ROWS = 12;
const SHOWN_PROBLEMS = 30;

type ImportPreviewDialog = Extract<Dialog, { kind: 'import-preview' }>;

export function ImportDialog({ dialog }: { dialog: ImportPreviewDialog }) {
  const { t } = useTranslation();
  const { preview } = dialog;
  const [mapping, setMapping] = useState<ColumnMapping[]>(preview.kind === 'table' ? preview.mapping : []);
  const result: ImportResult = useMemo(() => {
    if (preview.kind === 'result') return preview.result;
    const imported = importTable(preview.table, mapping, { lang: preview.lang, title: preview.title });
    return imported.ok ? { ...imported, notes: [...preview.readNotes, ...imported.notes] } : imported;
  }, [preview, mapping]);
  const choose = (index: number, field: ImportField) =>
    setMapping((current) => current.map((m) => (m.index === index ? { ...m, field, confidence: 'user' } : m)));

  return (
    <Modal labelledBy="import-title" className="import-dialog" onCancel={() => dialog.resolve(null)}>
      <h2 id="import-title">{t('importDialog.title', { name: preview.fileName })}</h2>
      {preview.kind === 'table' && <ColumnTable preview={preview} mapping={mapping} onChoose={choose} />}
      {result.ok ? <WillCreate result={result} /> : <Problems result={result} />}
      {result.ok && result.notes.length > 0 && (
        <section aria-labelledby="import-notes">
          <h3 id="import-notes">{t('importDialog.notesHeading')}</h3>
          <ul className="import-dialog__notes">
            {result.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="dialog__actions">
        <button type="button" onClick={() => dialog.resolve(null)}>
          {t('importDialog.cancel')}
        </button>
        <button
          type="button"
          className="button--primary"
          disabled={!result.ok}
          onClick={() => result.ok && dialog.resolve(result.journey)}
        >
          {t('importDialog.import')}
        </button>
      </div>
    </Modal>
  );
}

function ColumnTable({
  preview,
  mapping,
  onChoose,
}: {
  preview: Extract<ImportPreviewDialog['preview'], { kind: 'table' }>;
  mapping: ColumnMapping[];
  onChoose(index: number, field: ImportField): void;
}) {
  const { t } = useTranslation();
  const sample = (index: number) =>
    preview.table.rows.find((r) => (r.cells[index] ?? '').trim() !== '')?.cells[index] ?? '';
  return (
    <section aria-labelledby="import-columns">
      <h3 id="import-columns">{t('importDialog.columnsHeading')}</h3>
      <div className="import-dialog__scroll">
        <table className="import-dialog__columns">
          <thead>
            <tr>
              <th scope="col">{t('importDialog.columnHeader')}</th>
              <th scope="col">{t('importDialog.sampleHeader')}</th>
              <th scope="col">{t('importDialog.fieldHeader')}</th>
            </tr>
          </thead>
          <tbody>
            {mapping.map((m) => (
              <tr key={m.index}>
                <th scope="row">{m.header}</th>
                <td className="import-dialog__sample">{sample(m.index)}</td>
                <td>
                  <select
                    aria-label={t('importDialog.fieldOf', { column: m.header })}
                    value={m.field}
                    onChange={(e) => onChoose(m.index, e.target.value as ImportField)}
                  >
                    {IMPORT_FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {t(`importDialog.field.${field}`)}
                      </option>
                    ))}
                  </select>{' '}
                  <span className="dialog__note">{t(`importDialog.confidence.${m.confidence}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function WillCreate({ result }: { result: Extract<ImportResult, { ok: true }> }) {
  const { t } = useTranslation();
  const { journey } = result;
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
  const touchpoints = orderTouchpointsV2(journey);
  return (
    <section aria-labelledby="import-preview">
      <h3 id="import-preview">{t('importDialog.previewHeading')}</h3>
      <p>
        {t('importDialog.summary', {
          stages: journey.stages.length,
          touchpoints: journey.touchpoints.length,
          steps: journey.steps.length,
          personas: journey.personas.length,
        })}
      </p>
      <ul className="import-dialog__rows" aria-label={t('importDialog.previewLabel')}>
        {touchpoints.slice(0, SHOWN_ROWS).map((tp) => (
          <li key={tp.id}>
            <span className="import-dialog__stage">{stageName.get(tp.stageId)}</span> {tp.title}
          </li>
        ))}
        {touchpoints.length > SHOWN_ROWS && (
          <li className="dialog__note">{t('importDialog.moreRows', { count: touchpoints.length - SHOWN_ROWS })}</li>
        )}
      </ul>
    </section>
  );
}

function Problems({ result }: { result: Extract<ImportResult, { ok: false }> }) {
  const { t } = useTranslation();
  // In the UI language (the command line prints the same problems in English).
  const lines = result.problems.map((p) => importProblemIn(p, (key, values) => t(key, values)));
  return (
    <section aria-labelledby="import-problems" className="import-dialog__problems">
      <h3 id="import-problems">{t('importDialog.problemsHeading')}</h3>
      <p className="dialog__note">{t('importDialog.problemsIntro')}</p>
      <ul className="dialog__problems" aria-labelledby="import-problems">
        {lines.slice(0, SHOWN_PROBLEMS).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
        {lines.length > SHOWN_PROBLEMS && (
          <li className="dialog__more">{t('dialog.andMore', { count: lines.length - SHOWN_PROBLEMS })}</li>
        )}
      </ul>
    </section>
  );
}
