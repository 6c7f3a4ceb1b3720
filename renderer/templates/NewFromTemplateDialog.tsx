import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';
import type { Dialog } from '../store/dialogStore';
import { TemplateList } from './TemplateList';

/** File > New from Template…: Blank and every template; choosing one closes the dialog with its id. */
export function NewFromTemplateDialog({ dialog }: { dialog: Extract<Dialog, { kind: 'new-from-template' }> }) {
  const { t } = useTranslation();
  return (
    <Modal labelledBy="new-from-template-title" className="new-from-template" onCancel={() => dialog.resolve(null)}>
      <h2 id="new-from-template-title">{t('newFromTemplate.title')}</h2>
      <p className="dialog__note">{t('newFromTemplate.intro')}</p>
      <TemplateList onChoose={(id) => dialog.resolve(id)} />
      <div className="dialog__actions">
        <button type="button" onClick={() => dialog.resolve(null)}>
          {t('newFromTemplate.cancel')}
        </button>
      </div>
    </Modal>
  );
}
