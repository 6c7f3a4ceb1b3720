/**
 * File > Host workshop… (desktop): starts the host in main for the open saved file, then shows
 * the join link (copy, QR code), who has joined, and Stop hosting. A map with unsaved changes or
 * without a file is not hosted: the dialog says to save first, so no edit is left out or lost.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostWorkshopResult, WorkshopStatus } from '../../shared/host';
import type { Dialog } from '../store/dialogStore';
import { Modal } from '../ui/Modal';
import './hostWorkshop.css';

const JoinQrCode = lazy(() => import('./JoinQrCode'));

/** How often the open dialog asks main who has joined. */
const PARTICIPANTS_POLL_MS = 2000;

type Hosting = Extract<WorkshopStatus, { status: 'hosting' }>;
type Refusal = Extract<HostWorkshopResult, { status: 'refused' }>;

export function HostWorkshopDialog({ dialog }: { dialog: Extract<Dialog, { kind: 'host-workshop' }> }) {
  const { t } = useTranslation();
  const { host } = dialog;
  const [hosting, setHosting] = useState<Hosting | null>(null);
  const [checked, setChecked] = useState(false);
  const [name, setName] = useState('');
  const [onNetwork, setOnNetwork] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [copyNote, setCopyNote] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const refresh = () =>
      void host.workshopStatus?.().then((status) => {
        if (!live) return;
        setHosting(status.status === 'hosting' ? status : null);
        setChecked(true);
      });
    refresh();
    const timer = window.setInterval(refresh, PARTICIPANTS_POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [host]);

  const refusalText = (refusal: Refusal) => {
    switch (refusal.reason) {
      case 'no-file':
        return t('hostWorkshop.noFile');
      case 'unsaved':
        return t('hostWorkshop.unsaved');
      case 'already-hosting':
        return t('hostWorkshop.alreadyHosting');
      case 'invalid-file':
        return t('hostWorkshop.invalidFile', { message: refusal.message });
      case 'failed':
        return t('hostWorkshop.failed', { message: refusal.message });
    }
  };

  const start = async () => {
    if (!host.hostWorkshop) return;
    setBusy(true);
    setProblem(null);
    try {
      const trimmed = name.trim();
      const result = await host.hostWorkshop(dialog.fileRef, { onNetwork, ...(trimmed ? { name: trimmed } : {}) });
      if (result.status === 'hosting') setHosting(result);
      else setProblem(refusalText(result));
    } catch (error) {
      setProblem(t('hostWorkshop.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const stop = async () => {
    setBusy(true);
    try {
      await host.stopWorkshop?.();
      dialog.resolve();
    } finally {
      setBusy(false);
    }
  };

  const copy = async (link: string) => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyNote(t('hostWorkshop.copied'));
    } catch {
      setCopyNote(t('hostWorkshop.copyFailed'));
    }
  };

  const blocked = dialog.fileRef === null ? t('hostWorkshop.noFile') : dialog.dirty ? t('hostWorkshop.unsaved') : null;

  return (
    <Modal labelledBy="host-workshop-title" className="host-workshop" onCancel={() => dialog.resolve()}>
      <h2 id="host-workshop-title">{t('hostWorkshop.title')}</h2>
      {!checked ? null : hosting ? (
        <>
          <p>{t('hostWorkshop.hosting', { name: hosting.fileName })}</p>
          {hosting.onNetwork ? <p className="host-workshop__warning">{t('hostWorkshop.networkWarning')}</p> : null}
          <label htmlFor="host-workshop-link">{t('hostWorkshop.joinLink')}</label>
          <div className="host-workshop__link">
            <input id="host-workshop-link" readOnly value={hosting.joinUrl} onFocus={(e) => e.target.select()} />
            <button type="button" onClick={() => void copy(hosting.joinUrl)}>
              {t('hostWorkshop.copy')}
            </button>
          </div>
          <p className="dialog__note" role="status">
            {copyNote}
          </p>
          <Suspense fallback={null}>
            <JoinQrCode link={hosting.joinUrl} label={t('hostWorkshop.qrCode')} />
          </Suspense>
          <label htmlFor="host-workshop-facilitate">{t('hostWorkshop.facilitateLink')}</label>
          <input id="host-workshop-facilitate" readOnly value={hosting.facilitateUrl} />
          <h3 id="host-workshop-participants">{t('hostWorkshop.participants')}</h3>
          {hosting.participants.length === 0 ? (
            <p className="dialog__note">{t('hostWorkshop.noParticipants')}</p>
          ) : (
            <ul className="host-workshop__participants" aria-labelledby="host-workshop-participants">
              {hosting.participants.map((participant, index) => (
                <li key={`${participant.name}-${index}`}>
                  {participant.name}
                  {participant.editing ? ` (${t('hostWorkshop.editing', { what: participant.editing })})` : ''}
                </li>
              ))}
            </ul>
          )}
          <div className="dialog__actions">
            <button type="button" className="button--danger" disabled={busy} onClick={() => void stop()}>
              {t('hostWorkshop.stop')}
            </button>
            <button type="button" onClick={() => dialog.resolve()} autoFocus>
              {t('hostWorkshop.close')}
            </button>
          </div>
        </>
      ) : blocked ? (
        <>
          <p role="alert">{blocked}</p>
          <div className="dialog__actions">
            <button type="button" onClick={() => dialog.resolve()} autoFocus>
              {t('hostWorkshop.close')}
            </button>
          </div>
        </>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          <label htmlFor="host-workshop-name">{t('hostWorkshop.name')}</label>
          <input
            id="host-workshop-name"
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
            autoFocus
          />
          <label>
            <input type="checkbox" checked={onNetwork} onChange={(e) => setOnNetwork(e.target.checked)} />{' '}
            {t('hostWorkshop.network')}
          </label>
          <p className={onNetwork ? 'host-workshop__warning' : 'dialog__note'}>
            {onNetwork ? t('hostWorkshop.networkWarning') : t('hostWorkshop.loopbackNote')}
          </p>
          {problem ? <p role="alert">{problem}</p> : null}
          <div className="dialog__actions">
            <button type="submit" disabled={busy}>
              {t('hostWorkshop.start')}
            </button>
            <button type="button" onClick={() => dialog.resolve()}>
              {t('hostWorkshop.close')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
