import { useTranslation } from 'react-i18next';
import type { Dialog } from '../store/dialogStore';
import { Modal } from '../ui/Modal';

/** Save found the file changed on disk: Overwrite, Save As…, or Reload from disk. */
export function ConflictDialog({ dialog }: { dialog: Extract<Dialog, { kind: 'conflict' }> }) {
  const { t } = useTranslation();
  return (
    <Modal labelledBy="conflict-title" onCancel={() => dialog.resolve('cancel')}>
      <h2 id="conflict-title">{t('conflict.title', { name: dialog.fileName })}</h2>
      <p>{t('conflict.body')}</p>
      <p className="dialog__note">{t('conflict.reloadNote')}</p>
      <div className="dialog__actions">
        <button type="button" className="button--danger" onClick={() => dialog.resolve('overwrite')}>
          {t('conflict.overwrite')}
        </button>
        <button type="button" onClick={() => dialog.resolve('save-as')} autoFocus>
          {t('conflict.saveAs')}
        </button>
        <button type="button" onClick={() => dialog.resolve('reload')}>
          {t('conflict.reload')}
        </button>
        <button type="button" onClick={() => dialog.resolve('cancel')}>
          {t('conflict.cancel')}
        </button>
      </div>
    </Modal>
  );
}
