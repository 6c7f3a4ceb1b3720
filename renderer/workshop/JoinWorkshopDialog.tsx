/**
 * File > Join workshop…: takes a join link, checked with parseJoinLink before anything opens; the
 * command then joins in this window (renderer/commands/workshopCommands.ts).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dialog } from '../store/dialogStore';
import { Modal } from '../ui/Modal';
import { parseJoinLink } from './workshopLink';
import './hostWorkshop.css';

export function JoinWorkshopDialog({ dialog }: { dialog: Extract<Dialog, { kind: 'join-workshop' }> }) {
  const { t } = useTranslation();
  const [link, setLink] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = () => {
    const address = link.trim();
    if (!address) return setProblem(t('hostWorkshop.join.empty'));
    if (parseJoinLink(address).kind !== 'link') return setProblem(t('hostWorkshop.join.invalid'));
    dialog.resolve(address);
  };

  return (
    <Modal labelledBy="join-workshop-title" className="host-workshop" onCancel={() => dialog.resolve(null)}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 id="join-workshop-title">{t('hostWorkshop.join.title')}</h2>
        <label htmlFor="join-workshop-link">{t('hostWorkshop.join.link')}</label>
        <input
          id="join-workshop-link"
          type="url"
          value={link}
          aria-invalid={problem !== null}
          aria-describedby="join-workshop-hint"
          onChange={(e) => {
            setLink(e.target.value);
            setProblem(null);
          }}
          autoFocus
        />
        <p
          id="join-workshop-hint"
          className={problem ? 'join-workshop__error' : 'dialog__note'}
          role={problem ? 'alert' : undefined}
        >
          {problem ?? t('hostWorkshop.join.hint')}
        </p>
        <p className="dialog__note">{t('hostWorkshop.join.inWindow')}</p>
        <div className="dialog__actions">
          <button type="submit">{t('hostWorkshop.join.submit')}</button>
          <button type="button" onClick={() => dialog.resolve(null)}>
            {t('hostWorkshop.join.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
