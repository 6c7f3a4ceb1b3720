import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemIn } from '../../shared/model/problemText';
import type { Dialog } from '../store/dialogStore';
import { Modal } from '../ui/Modal';

/** How many problems are listed before "and N more"; Copy takes them all. */
export const SHOWN_PROBLEMS = 20;

export function ProblemsDialog({ dialog }: { dialog: Extract<Dialog, { kind: 'problems' }> }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  // A .journey file's problems in the UI language; a problem without a code keeps its English.
  const lines = dialog.problems.map((problem) => problemIn(problem, (key, values) => t(key, values)));
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
