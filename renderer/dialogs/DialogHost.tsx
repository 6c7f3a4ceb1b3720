import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { formatProblem } from '../../shared/model';
import type { DialogController } from '../store/dialogStore';

const SHOWN_PROBLEMS = 20;

/** Renders the one open modal dialog, if any. */
export function DialogHost({ dialogs }: { dialogs: DialogController }) {
  const dialog = useStore(dialogs.store, (s) => s.dialog);
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    setCopied(false);
    if (dialog && ref.current && !ref.current.open) ref.current.showModal();
  }, [dialog]);
  if (!dialog) return null;

  if (dialog.kind === 'save-changes') {
    return (
      <dialog ref={ref} className="dialog" aria-labelledby="save-changes-title" onCancel={(e) => (e.preventDefault(), dialog.resolve('cancel'))}>
        <h2 id="save-changes-title">{t('dialog.saveChangesTitle', { name: dialog.documentName })}</h2>
        <p>{t('dialog.saveChangesBody')}</p>
        <div className="dialog__actions">
          <button type="button" onClick={() => dialog.resolve('save')} autoFocus>
            {t('dialog.save')}
          </button>
          <button type="button" onClick={() => dialog.resolve('discard')}>
            {t('dialog.dontSave')}
          </button>
          <button type="button" onClick={() => dialog.resolve('cancel')}>
            {t('dialog.cancel')}
          </button>
        </div>
      </dialog>
    );
  }

  const lines = dialog.problems.map(formatProblem);
  const copy = async () => {
    await navigator.clipboard.writeText(lines.join('\n'));
    setCopied(true);
  };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="problems-title" onCancel={(e) => (e.preventDefault(), dialog.resolve())}>
      <h2 id="problems-title">{dialog.title}</h2>
      <p>{dialog.intro}</p>
      {lines.length > 0 && (
        <ul className="dialog__problems" aria-label={t('dialog.problems')}>
          {lines.slice(0, SHOWN_PROBLEMS).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
          {lines.length > SHOWN_PROBLEMS && <li className="dialog__more">{t('dialog.andMore', { count: lines.length - SHOWN_PROBLEMS })}</li>}
        </ul>
      )}
      <div className="dialog__actions">
        {lines.length > 0 && (
          <button type="button" onClick={() => void copy()}>
            {copied ? t('dialog.copied') : t('dialog.copyProblems')}
          </button>
        )}
        <button type="button" onClick={() => dialog.resolve()} autoFocus>
          {t('dialog.close')}
        </button>
      </div>
    </dialog>
  );
}
