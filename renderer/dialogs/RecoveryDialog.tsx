import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/i18n/format';
import type { Dialog } from '../store/dialogStore';
import { Modal } from '../ui/Modal';

/**
 * Drafts a crashed session left: each can be restored, discarded or kept for later. Discard and
 * Later take the row away; Restore opens that draft and keeps the rest for the next start.
 */
export function RecoveryDialog({ dialog }: { dialog: Extract<Dialog, { kind: 'recovery' }> }) {
  const { t, i18n } = useTranslation();
  const [drafts, setDrafts] = useState(dialog.drafts);
  const [busy, setBusy] = useState(false);
  const drop = (id: string) => {
    const rest = drafts.filter((d) => d.id !== id);
    setDrafts(rest);
    if (rest.length === 0) dialog.resolve(null);
  };
  const discard = async (id: string) => {
    setBusy(true);
    try {
      await dialog.discard(id);
      drop(id);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal labelledBy="recovery-title" className="recovery" onCancel={() => dialog.resolve(null)}>
      <h2 id="recovery-title">{t('recovery.title')}</h2>
      <p>{t('recovery.intro')}</p>
      <ul className="recovery__list" aria-label={t('recovery.draftList')}>
        {drafts.map((draft, index) => {
          const title = draft.title || t('app.untitled');
          return (
            <li key={draft.id} className="recovery__item" aria-label={title}>
              <div className="recovery__what">
                <strong>{title}</strong>
                <span className="recovery__file">{draft.fileName ?? t('recovery.neverSaved')}</span>
                <span className="recovery__time">
                  {t('recovery.savedAt', { time: formatDate(draft.savedAt, i18n.language) })}
                </span>
              </div>
              <div className="recovery__actions">
                <button
                  type="button"
                  className="button--primary"
                  disabled={busy}
                  onClick={() => dialog.resolve(draft.id)}
                  autoFocus={index === 0}
                >
                  {t('recovery.restore')}
                </button>
                <button type="button" disabled={busy} onClick={() => void discard(draft.id)}>
                  {t('recovery.discard')}
                </button>
                <button type="button" disabled={busy} onClick={() => drop(draft.id)}>
                  {t('recovery.later')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="dialog__note">{t('recovery.laterNote')}</p>
    </Modal>
  );
}
