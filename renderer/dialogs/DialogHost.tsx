import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { formatProblem } from '../../shared/model';
import type { Dialog, DialogController } from '../store/dialogStore';

const SHOWN_PROBLEMS = 20;

/** Renders the one open modal dialog, if any; each dialog mounts fresh (keyed by id). */
export function DialogHost({ dialogs }: { dialogs: DialogController }) {
  const dialog = useStore(dialogs.store, (s) => s.dialog);
  if (!dialog) return null;
  return dialog.kind === 'save-changes' ? (
    <SaveChangesDialog key={dialog.id} dialog={dialog} />
  ) : (
    <ProblemsDialog key={dialog.id} dialog={dialog} />
  );
}

function Modal({ labelledBy, onCancel, children }: { labelledBy: string; onCancel(): void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={labelledBy}
      onCancel={(e) => (e.preventDefault(), onCancel())}
    >
      {children}
    </dialog>
  );
}

function SaveChangesDialog({ dialog }: { dialog: Extract<Dialog, { kind: 'save-changes' }> }) {
  const { t } = useTranslation();
  return (
    <Modal labelledBy="save-changes-title" onCancel={() => dialog.resolve('cancel')}>
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
    </Modal>
  );
}

function ProblemsDialog({ dialog }: { dialog: Extract<Dialog, { kind: 'problems' }> }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const lines = dialog.problems.map(formatProblem);
  const copy = async () => {
    await navigator.clipboard.writeText(lines.join('\n'));
    setCopied(true);
  };
  return (
    <Modal labelledBy="problems-title" onCancel={() => dialog.resolve()}>
      <h2 id="problems-title">{dialog.title}</h2>
      <p>{dialog.intro}</p>
      {lines.length > 0 && (
        <ul className="dialog__problems" aria-label={t('dialog.problems')}>
          {lines.slice(0, SHOWN_PROBLEMS).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
          {lines.length > SHOWN_PROBLEMS && (
            <li className="dialog__more">{t('dialog.andMore', { count: lines.length - SHOWN_PROBLEMS })}</li>
          )}
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
    </Modal>
  );
}
