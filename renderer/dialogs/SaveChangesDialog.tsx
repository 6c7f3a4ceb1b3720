import { useTranslation } from 'react-i18next';
import type { Dialog } from '../store/dialogStore';
import { Modal } from '../ui/Modal';

export function SaveChangesDialog({ dialog }: { dialog: Extract<Dialog, { kind: 'save-changes' }> }) {
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
